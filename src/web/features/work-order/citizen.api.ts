import { useQuery } from '@tanstack/react-query';
import type { CitizenContact, CitizenSecretField, RevealedCitizenField } from '../../../shared/schemas/citizen.schema';
import { api } from '../../api/client';

/** The citizen of an order with both numbers masked (whether an ID number is on record, too). */
export function useCitizenContact(orderId: number) {
  return useQuery({
    queryKey: ['work-orders', 'citizen', orderId],
    queryFn: ({ signal }) => api.get<CitizenContact>(`/api/v1/work-orders/${orderId}/citizen`, undefined, signal),
    staleTime: 60_000,
  });
}

/** One number of the order's citizen in full; the server audits every call. */
export async function revealCitizenField(
  orderId: number,
  field: CitizenSecretField,
  reason: string | undefined,
): Promise<string> {
  const revealed = await api.post<RevealedCitizenField>(`/api/v1/work-orders/${orderId}/citizen/reveal`, {
    field,
    ...(reason && { reason }),
  });
  return 'phone' in revealed ? revealed.phone : revealed.idNumber;
}
