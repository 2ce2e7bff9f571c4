#!/bin/sh
# usage: check.sh URL...  (bench/claim_check.sh for fc70)
exec "$(dirname "$0")/../claim_check.sh" fc70 "$@"
