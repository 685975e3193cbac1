import { describe, expect, it } from 'vitest';
import { routeNewTicket } from './tickets.rules';

describe('routeNewTicket (K-Pasal 39)', () => {
  it('sends Diskominfo services to Tier 2', () => {
    expect(
      routeNewTicket({ providerPdId: 'kominfo', providerIsDiskominfo: true, reporterPdId: 'dinkes', reporterPdHasTier1: true }),
    ).toEqual({ handlingPdId: 'kominfo', tier: 2 });
  });
  it("sends other services to the reporter's Tier 1", () => {
    expect(
      routeNewTicket({ providerPdId: 'bkpsdm', providerIsDiskominfo: false, reporterPdId: 'dinkes', reporterPdHasTier1: true }),
    ).toEqual({ handlingPdId: 'dinkes', tier: 1 });
  });
  it('sends public reports, and PDs without a desk, to the providing PD', () => {
    expect(routeNewTicket({ providerPdId: 'dinkes', providerIsDiskominfo: false, reporterPdId: null, reporterPdHasTier1: false })).toEqual({
      handlingPdId: 'dinkes',
      tier: 1,
    });
    expect(routeNewTicket({ providerPdId: 'dinkes', providerIsDiskominfo: false, reporterPdId: 'kel', reporterPdHasTier1: false })).toEqual(
      { handlingPdId: 'dinkes', tier: 1 },
    );
  });
});
