import { parseAmountInput, positionProblems, translateEmployment, WORKER_TYPES, westernDigits, type Locale, type Positions, type WorkerType } from '@otou/domain';
import { amountProblems, EditsDraft, type FieldErrors } from '@otou/sdk';

/** The stored positions of a period (or of one tambon) and their version. */
export interface SavedPositions {
  positions: Positions;
  version: number;
}

const count = (text: string): number => {
  const t = westernDigits(text);
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
};
const rate = (text: string): number => {
  const r = parseAmountInput(text);
  return r.ok && r.value !== null ? r.value : Number.NaN;
};

/**
 * The positions as the central office types them, over the stored ones (EditsDraft). The rule — whole counts 0–100,
 * a rate of THB 1–100,000 to the satang, at least one position — is the domain's positionProblems, the server's too.
 */
export class PositionsDraft extends EditsDraft {
  constructor(private readonly saved: () => SavedPositions) {
    super(() => ({ positions: saved().version }));
  }

  count(type: WorkerType): string {
    return this.typed(`${type}.count`, () => String(this.saved().positions[type].count));
  }
  rate(type: WorkerType): string {
    return this.typed(`${type}.rate`, () => String(this.saved().positions[type].rate));
  }
  set = (field: `${WorkerType}.${'count' | 'rate'}`, text: string) => this.type(field, text);

  /** The positions as typed; a figure that does not read is NaN (and the cost shows 0 for it). */
  positions(): Positions {
    return Object.fromEntries(WORKER_TYPES.map((t) => [t, { count: count(this.count(t)), rate: rate(this.rate(t)) }])) as unknown as Positions;
  }

  problems(locale: Locale): FieldErrors {
    const errors = amountProblems(
      WORKER_TYPES.map((t) => [`${t}.rate`, this.rate(t)] as const),
      locale,
    );
    for (const p of positionProblems(this.positions())) if (!errors[p.field]) errors[p.field] = [translateEmployment(locale, p.key, p.params)];
    return errors;
  }

  input(periodId: string, tambonId: string | null) {
    return { periodId, ...(tambonId ? { tambonId } : {}), version: this.version('positions'), positions: this.positions() };
  }
}
