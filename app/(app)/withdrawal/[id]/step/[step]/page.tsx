import type { Metadata } from "next";
import { notFound, redirect, RedirectType } from "next/navigation";
import { ContractResult } from "@/components/wizard/contract-result";
import { DatesForm } from "@/components/wizard/dates-form";
import { DatesExplanation } from "@/components/wizard/dates-explanation";
import { FactsForm } from "@/components/wizard/facts-form";
import { LegalSourceNote } from "@/components/wizard/legal-source";
import { MessageStep } from "@/components/wizard/message-step";
import { RequestsForm } from "@/components/wizard/requests-form";
import { SentForm } from "@/components/wizard/sent-form";
import { WhoForm } from "@/components/wizard/who-form";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { emptyAgencyFields } from "@/lib/agencies/schema";
import { listAgencyNames } from "@/lib/agencies/data";
import { requireUser } from "@/lib/auth/session";
import { decideLegalBasis } from "@/lib/cases/contract-type";
import { defaultDates, getWizardCase } from "@/lib/cases/data";
import { latestWorkingDay } from "@/lib/cases/deadlines";
import { legalBases } from "@/lib/cases/legal-bases";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { getDashboard, listRegisteredSiteSlugs } from "@/lib/registrations/data";
import { withPartnerSites } from "@/lib/sites/data";
import { todayInTokyo } from "@/lib/time/tokyo-date";
import type { SentInput } from "@/lib/cases/wizard-schema";

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata("withdrawal.title");
}

type Props = { params: Promise<{ id: string; step: string }>; searchParams: Promise<{ result?: string; saved?: string }> };

export default async function WizardStepPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id, step: stepParam } = await params;
  const query = await searchParams;
  const draft = await getWizardCase(user.id, id);
  if (!draft) notFound();
  if (draft.status !== "DRAFT") redirect(`/withdrawal/${id}`, RedirectType.replace);
  const step = Number(stepParam);
  if (!Number.isInteger(step) || step < 1 || step > 6) notFound();
  if (step > draft.wizardStep) redirect(`/withdrawal/${id}/step/${draft.wizardStep}`, RedirectType.replace);

  let body: React.ReactNode;
  if (step === 1) {
    const [agencies, { rows }, registeredSlugs] = await Promise.all([listAgencyNames(user.id), getDashboard(user.id), listRegisteredSiteSlugs(user.id)]);
    const partners = { registrations: await withPartnerSites(rows), registeredSlugs };
    body = (
      <WhoForm
        caseId={id}
        agencies={agencies}
        registrations={rows.map((r) => ({ id: r.id, siteName: r.siteName, handle: r.handle }))}
        partners={partners}
        defaults={{ agencyId: draft.agencyId ?? "", newAgency: emptyAgencyFields, registrationIds: draft.registrationIds }}
      />
    );
  } else if (step === 2 && query.result && draft.facts && draft.decision && draft.legalBasis) {
    // The reasons for the basis in force: the override, when she chose one, decides it.
    const { basisReasons } = decideLegalBasis(draft.contractTypeOverride ?? draft.decision.type, draft.facts, todayInTokyo());
    body = (
      <ContractResult
        caseId={id}
        facts={draft.facts}
        decision={draft.decision}
        override={draft.contractTypeOverride}
        basis={{ legalBasis: draft.legalBasis, basisReasons }}
      >
        <LegalSourceNote source={legalBases[draft.legalBasis]} />
      </ContractResult>
    );
  } else if (step === 2) {
    body = <FactsForm caseId={id} defaults={draft.facts ?? {}} override={draft.contractTypeOverride} />;
  } else if (step === 3) {
    body = <RequestsForm caseId={id} defaults={{ items: draft.items, payByDate: draft.payByDate, amountYen: draft.amountYen ?? undefined }} />;
  } else if (step === 4) {
    // A last day she chose stays in the form (else recomputing would quietly drop it); the computed one is left blank.
    const chosen =
      draft.legalBasis && draft.noticeDate && draft.lastWorkingDay && draft.lastWorkingDay !== latestWorkingDay(draft.legalBasis, draft.noticeDate)
        ? draft.lastWorkingDay
        : "";
    const defaults = draft.noticeDate
      ? { noticeDate: draft.noticeDate, replyDeadline: draft.replyDeadline, chosenLastWorkingDay: chosen }
      : { ...defaultDates(), chosenLastWorkingDay: "" };
    body = (
      <div className="space-y-4">
        {draft.noticeDate && draft.legalBasis && <DatesExplanation draft={draft} next={`/withdrawal/${id}/step/5`} />}
        <DatesForm caseId={id} defaults={defaults} proposesEnd={draft.legalBasis === "agreement_request"} />
      </div>
    );
  } else if (step === 5) {
    body = <MessageStep draft={draft} showLetters={Boolean(query.saved) || draft.wizardStep >= 6} />;
  } else {
    body = <SentForm caseId={id} defaults={{ sentOn: todayInTokyo(), channel: "" } as unknown as SentInput} />;
  }

  return (
    <div className="mx-auto max-w-md space-y-4">
      <WizardProgress caseId={id} current={step} reached={draft.wizardStep} />
      {body}
    </div>
  );
}
