#!/usr/bin/env bash
# Mints an editor's bearer token for local trials: an RS256 JWT signed with a private key of your own, which a
# server started with the matching public key accepts (docs/editing.md). A city's identity provider mints the real
# ones; this needs only openssl.
#
#   tools/mint-token.sh KEY.pem NAME ROLES [ISSUER] [MINUTES]
#   tools/mint-token.sh editor-key.pem li.na editor
#   tools/mint-token.sh editor-key.pem zhao.lei editor,admin https://editors.cityplan.local 30
#
# ROLES is a comma-separated list (editor to record and correct, admin to retract); ISSUER must be the server's
# MP_JWT_VERIFY_ISSUER [https://editors.cityplan.local]; MINUTES is how long the token is valid [60].
set -euo pipefail

if (($# < 3)); then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
key=$1 name=$2 roles=$3 issuer=${4:-https://editors.cityplan.local} minutes=${5:-60}

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_string() { # a JSON string of $1 (quotes and backslashes escaped)
    local s=${1//\\/\\\\}
    printf '"%s"' "${s//\"/\\\"}"
}

groups=
IFS=, read -ra role_list <<<"$roles"
for role in "${role_list[@]}"; do
    groups+=${groups:+,}$(json_string "$role")
done
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":%s,"upn":%s,"groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' "$(json_string "$issuer")" \
    "$(json_string "$name")" "$groups" "$now" $((now + minutes * 60)) "$(openssl rand -hex 8)" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
