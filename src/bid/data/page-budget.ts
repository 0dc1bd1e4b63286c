/**
 * A page limit is drafted to a word budget: one A4 side in Arial 11 with 2.5 cm margins holds
 * about 500 words of plain paragraphs; the budget stays below that so the question's heading
 * and paragraph spacing fit too. The submission export checks the rendered page count.
 */
export const WORDS_PER_PAGE = 450;
