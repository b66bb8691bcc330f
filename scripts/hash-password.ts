import { hashPassword } from '../src/proxy/passwords';

// Prints a password hash for the proxy's configuration file: `npm run hash-password -- <password>`
// (or read it from stdin so it stays out of the shell history: `npm run hash-password`).
async function main() {
  let password = process.argv[2];
  if (!password) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  if (!password) {
    console.error('usage: npm run hash-password -- <password>   (or pipe it on stdin)');
    process.exit(2);
  }
  console.log(await hashPassword(password));
}
void main();
