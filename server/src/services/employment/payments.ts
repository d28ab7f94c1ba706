import type { Actor } from '../../context.ts';
import { appError } from '../../errors.ts';
import { loadContract, toPaymentView, type PaymentView } from './reports.ts';

/**
 * Payments, newest month first: of one contract (its worker, its university's staff, its agency's supervisors), or
 * of one tambon (staff by scope). Read with the caller's token, so PocketBase's rules decide whose pay is seen.
 */
export async function listPayments(a: Actor, input: { contractId?: string | undefined; tambonId?: string | undefined }): Promise<PaymentView[]> {
  let filter: string;
  if (input.contractId) filter = a.pb.filter('contract = {:c}', { c: (await loadContract(a, input.contractId)).id });
  else if (input.tambonId) {
    // A tambon outside the caller's scope is "not found", not an empty list.
    await a.pb.collection('tambons').getOne(input.tambonId, { fields: 'id' }).catch(() => {
      throw appError('NOT_FOUND', 'error.notFound');
    });
    filter = a.pb.filter('tambon = {:t}', { t: input.tambonId });
  } else throw appError('BAD_REQUEST', 'employment.reference');
  const rows = await a.pb.collection('employment_payments').getFullList({ filter, sort: '-year,-month,@rowid' });
  return rows.map(toPaymentView);
}
