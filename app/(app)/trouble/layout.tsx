import { sectionLayout } from "@/lib/i18n/client-messages";

export default sectionLayout("trouble");
