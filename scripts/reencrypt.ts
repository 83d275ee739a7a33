// `npm run db:reencrypt [-- --check]`: after a key rotation (the new key in TAIKAI_DATA_KEY, the old one in
// TAIKAI_PREVIOUS_DATA_KEYS), rewrites every encrypted field, login-name hash and evidence file with the new key
// (lib/db/reencrypt.ts). --check changes nothing and exits 1 while anything still needs an old key.
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { reencryptAll } from "../lib/db/reencrypt";

const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
const db = createDb();
try {
  const counts = await reencryptAll(db, { dryRun: values.check });
  if (values.check) {
    console.log(
      counts.stillOld ? `${counts.stillOld} value(s) or file(s) still use an older key: run npm run db:reencrypt.` : "Everything uses the current key.",
    );
    console.log("Recovery codes made under an older key keep needing it until their owner makes new ones.");
    process.exitCode = counts.stillOld ? 1 : 0;
  } else {
    console.log(`Re-encrypted ${counts.fields} field value(s), ${counts.loginHashes} login-name hash(es), ${counts.files} evidence file(s).`);
    if (counts.stillOld) console.log(`${counts.stillOld} changed while this ran: run it again.`);
    if (counts.unreadable) console.log(`${counts.unreadable} value(s) no key opens were left as they are (was a key removed too early?).`);
    if (counts.missingFiles) console.log(`${counts.missingFiles} evidence row(s) have no file on disk: nothing to re-encrypt there.`);
    console.log("Keep the old key in TAIKAI_PREVIOUS_DATA_KEYS while any user's recovery codes were made under it.");
  }
} catch (error) {
  console.error(`Re-encryption failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
