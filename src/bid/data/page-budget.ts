/**
 * A page limit is drafted to a word budget. The submission's page (A4, Arial 11, 2.54 cm margins,
 * the question as a heading, spaced paragraphs) held a 329-word answer on one page as LibreOffice
 * rendered it, and pushed a 434-word answer onto a second; the budget keeps below that. The
 * submission export still checks the rendered page count.
 */
export const WORDS_PER_PAGE = 350;
