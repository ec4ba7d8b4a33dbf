/** A number without floating-point noise, as people write it: 0.0144, not 0.014400000000000001. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(12));
}
