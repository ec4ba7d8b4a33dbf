/**
 * Marks an SLO or a user flow public: it appears on the status page `watchkeeper status-page` writes, under this
 * name, and nothing else of it (service, SLO, team or alert names) is shown.
 */
export interface StatusPageProps {
  /**
   * The component's name as customers read it, at most 60 characters, one per stack (names differing only in
   * case or punctuation collide).
   * @example "Checkout"
   */
  readonly component: string;
  /**
   * One sentence for customers under the name, at most 200 characters.
   * @default none
   * @example "Paying for an order"
   */
  readonly description?: string;
}
