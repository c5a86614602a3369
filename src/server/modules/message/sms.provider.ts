/**
 * Where SMS go. A bureau plugs in its operator's gateway (the 12348 platform usually has one)
 * by implementing this; until then the log provider records each message in the outbox and the
 * log, which is also what demo and test installations want.
 */
export interface SmsProvider {
  name: string;
  send(phone: string, body: string): Promise<{ providerMessageId: string }>;
}

export interface SmsLog {
  info(obj: object, msg: string): void;
}

export function logSmsProvider(log: SmsLog): SmsProvider {
  let sequence = 0;
  return {
    name: 'log',
    async send(phone, body) {
      sequence += 1;
      const providerMessageId = `log-${Date.now()}-${sequence}`;
      // The number is masked even here: logs travel further than the database.
      log.info({ sms: { to: `${phone.slice(0, 3)}****${phone.slice(-4)}`, body, providerMessageId } }, 'sms recorded');
      return { providerMessageId };
    },
  };
}
