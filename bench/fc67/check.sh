#!/bin/sh
# usage: check.sh URL...  (bench/claim_check.sh for fc67)
exec "$(dirname "$0")/../claim_check.sh" fc67 "$@"
