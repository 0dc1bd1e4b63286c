/** The UK calendar date (Europe/London, GMT or BST) of an instant, as YYYY-MM-DD. */
const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function ukLocalDateOf(instant: Date): string {
  return ukDate.format(instant);
}
