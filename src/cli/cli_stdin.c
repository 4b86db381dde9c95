/* The input when no FILE is given: standard input, when it is not a
 * terminal, as pandoc and jq do (`cat plan.docx | vnplan extract`). */
#include <unistd.h>

#include "cli/cli.h"

bool cli_stdin_as_input(char ***files, int *n) {
    static char dash[] = "-";
    static char *stdin_only[] = {dash, NULL};
    if (isatty(STDIN_FILENO))
        return false;
    *files = stdin_only;
    *n = 1;
    return true;
}
