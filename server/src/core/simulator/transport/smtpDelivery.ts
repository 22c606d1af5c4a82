// Delivery to a Send connector's next hop over real SMTP, with nodemailer's SMTP client. Only the
// loopback servers exconn.json's smtpHosts names are used (the simulator never sends mail off this
// machine); a next hop without one, a server that cannot be reached or one that refuses the message
// leaves it in its queue with the reason, as Exchange leaves a message in Retry.

import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { findSmtpHost, localServerFqdn, type Organization, type SmtpHostDefinition } from '../organization/organization';

/** `rejected`: recipients the server refused while taking the message for the others (no NDR is made for them yet). */
export type SmtpResult = { ok: true; host: string; response: string; rejected: string[] } | { ok: false; reason: string };

export interface SmtpEnvelope {
  /** An empty text is the null sender `<>`. */
  from: string;
  to: string[];
}

/** Tries the hop's hosts (a smart host list is comma-separated) in order; the first that accepts wins. */
export async function sendOverSmtp(organization: Organization, hop: string, envelope: SmtpEnvelope, message: Buffer): Promise<SmtpResult> {
  const problems: string[] = [];
  for (const name of hop.split(',').map((host) => host.trim()).filter(Boolean)) {
    const target = findSmtpHost(organization, name);
    if (!target) {
      problems.push(`exconn.json maps no SMTP server for ${name}; add "smtpHosts": { "${name}": "127.0.0.1:25" } to deliver to a server on this machine`);
      continue;
    }
    try {
      const { response, rejected } = await sendOnce(target, localServerFqdn(organization), envelope, message);
      return { ok: true, host: `${name} (${target.host}:${target.port})`, response, rejected };
    } catch (error) {
      problems.push(`${name} (${target.host}:${target.port}) did not take the message: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ok: false, reason: `${problems.join('; ')}.` };
}

function sendOnce(target: SmtpHostDefinition, helo: string, envelope: SmtpEnvelope, message: Buffer): Promise<{ response: string; rejected: string[] }> {
  return new Promise((resolve, reject) => {
    const connection = new SMTPConnection({
      host: target.host, port: target.port, name: helo, ignoreTLS: true,
      connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000,
    });
    let settled = false;
    const finish = (error: Error | undefined, info?: { response: string; rejected: string[] }) => {
      if (settled) return;
      settled = true;
      connection.close();
      if (error) reject(error);
      else resolve(info ?? { response: '', rejected: [] });
    };
    connection.once('error', (error: Error) => finish(error));
    connection.connect((error) => {
      if (error) return finish(error);
      connection.send({ from: envelope.from === '' ? false : envelope.from, to: envelope.to }, message, (sendError, info) => {
        // The connection fails the send when the server refuses every recipient.
        if (sendError) return finish(sendError);
        finish(undefined, { response: info?.response ?? '', rejected: info?.rejected ?? [] });
      });
    });
  });
}
