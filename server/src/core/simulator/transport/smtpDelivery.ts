// Delivery to a Send connector's next hop over real SMTP, with nodemailer's SMTP client. Only the
// loopback servers exconn.json's smtpHosts names are used (the simulator never sends mail off this
// machine); a next hop without one, a server that cannot be reached or one that answers with a
// temporary failure (4xx) leaves it in its queue with the reason, as Exchange leaves a message in
// Retry. A permanent refusal (5xx) ends the attempt: the caller returns the message to its sender.

import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { findSmtpHost, localServerFqdn, type Organization, type SmtpHostDefinition } from '../organization/organization';

/**
 * `rejected`: recipients the server refused for good while taking the message for the others, with its
 * reply to each. `refused`: the server's permanent reply to the whole message (every recipient, MAIL
 * FROM or DATA refused with 5xx).
 */
export type SmtpResult =
  | { ok: true; host: string; response: string; rejected: SmtpRefusal[] }
  | { ok: false; reason: string; refused?: { host: string; response: string } };

export interface SmtpRefusal {
  address: string;
  response: string;
  /** A 5xx reply; a 4xx one means "try this recipient again later". */
  permanent: boolean;
}

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
      const host = `${name} (${target.host}:${target.port})`;
      const permanent = permanentReply(error);
      // A 5xx is the destination's answer, not a fault of this host: another smart host would give the same.
      if (permanent) return { ok: false, reason: `${host} refused the message: ${permanent}`, refused: { host, response: permanent } };
      problems.push(`${host} did not take the message: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { ok: false, reason: `${problems.join('; ')}.` };
}

/** The server's reply text when the error is a permanent (5xx) refusal; nodemailer puts the code on the error. */
function permanentReply(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { responseCode, response } = error as { responseCode?: unknown; response?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return undefined;
  return typeof response === 'string' && response.trim() !== '' ? response.trim() : `${responseCode}`;
}

interface SentInfo {
  response: string;
  rejected: SmtpRefusal[];
}

function sendOnce(target: SmtpHostDefinition, helo: string, envelope: SmtpEnvelope, message: Buffer): Promise<SentInfo> {
  return new Promise((resolve, reject) => {
    const connection = new SMTPConnection({
      host: target.host, port: target.port, name: helo, ignoreTLS: true,
      connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000,
    });
    let settled = false;
    const finish = (error: Error | undefined, info?: SentInfo) => {
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
        finish(undefined, { response: info?.response ?? '', rejected: refusals(info) });
      });
    });
  });
}

/** Each refused recipient with the server's reply to its RCPT TO (nodemailer's rejectedErrors). */
function refusals(info: { rejected?: string[]; rejectedErrors?: { recipient?: string; response?: string; responseCode?: number }[] } | undefined): SmtpRefusal[] {
  return (info?.rejected ?? []).map((address) => {
    const error = info?.rejectedErrors?.find((candidate) => candidate.recipient === address);
    const code = error?.responseCode ?? 550;
    return { address, response: error?.response?.trim() || `${code} Recipient rejected`, permanent: code >= 500 };
  });
}
