#include <string.h>

#include "cli/cmd_stub.h"

CLI_STUB_COMMAND(cli_cmd_normalize, "normalize", "normalise Vietnamese text (NFC, tone marks, legacy fonts)")
