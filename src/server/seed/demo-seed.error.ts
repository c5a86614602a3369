/** The demo data cannot be built or written as planned; every seed module throws this one. */
export class DemoSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoSeedError';
  }
}
