// Exit codes of every command (README "Exit codes").
export const EXIT_OK = 0;
/** A check the user asked for failed (reserved). */
export const EXIT_CHECK_FAILED = 1;
/** Bad input or usage; also when any input file was refused and the others were processed. */
export const EXIT_BAD_INPUT = 2;
/** A bug in framelens, not in the input; the other files were still processed. */
export const EXIT_INTERNAL = 3;
