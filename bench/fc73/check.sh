#!/bin/sh
# fc73: the claim check for a candidate address (USED / PACK / NEW), as fc67 and fc70 ran it
exec sh "$(dirname "$0")/../claim_check.sh" fc73 "$@"
