#!/usr/bin/env bash
# One command, fresh machine: installs everything, starts the stack and the services, says where to go.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash infra/local/up.sh
bash scripts/services.sh up
cat <<'TEXT'

Longcode is running.
  gateway       http://127.0.0.1:4000   the partner API /v1: messages, brands, campaigns, numbers, opt-outs,
                                         inbound messages, api-keys, users and sessions, webhook-subscriptions;
                                         OpenAPI at /openapi.json, docs at /docs; the operator's /admin takes the
                                         token in .local/gateway/admin-token
  registration  http://127.0.0.1:4010   (POST /brands, GET /brands/:id, POST /brands/:id/resubmit;
                                         POST /campaigns, /campaigns/lint, /campaigns/:id/submit, GET|PUT /campaigns/:id;
                                         /healthz /readyz /metrics)
  numbers       http://127.0.0.1:4020   (GET /available-numbers?areaCode=212, POST /numbers, GET /numbers[/:number],
                                         POST /numbers/port-ins, PUT|DELETE /numbers/:number/campaign,
                                         DELETE /numbers/:number,
                                         GET /campaigns/:id/numbers: the campaign's sender pool)
  dispatch      http://127.0.0.1:4030   (POST /messages, /messages/batch, GET /messages/:id, POST /messages/:id/cancel,
                                         PUT /campaigns/:id/settings)
  receipts      http://127.0.0.1:4050   (POST /webhooks/telnyx: provider webhooks)
  compliance    http://127.0.0.1:4060   (POST /consents/:number/revocations|grants, GET /consents/:number)
  analytics     http://127.0.0.1:4070   (GET /brands: the brand directory; GET /sendable-campaigns/:id: what may send)
  simulator     http://127.0.0.1:4090   (plays Telnyx's 10DLC, numbers and messaging APIs: vets and approves brands
                                         and campaigns by signed webhook, sells and links numbers, takes messages
                                         and reports delivery; POST /simulator/inbound texts one of your numbers;
                                         GET /simulator/brands, /simulator/campaigns, /simulator/numbers, /simulator/messages)
  logs          .local/logs/           stack state: bash infra/local/status.sh

Try it:
  curl -s -XPOST localhost:4010/brands -H 'content-type: application/json' -H 'x-account-id: acct-1' \
    -d '{"entityType":"PRIVATE_PROFIT","legalName":"Acme Dental LLC","displayName":"Acme Dental","ein":"12-3456789","vertical":"HEALTHCARE","email":"ops@acme.example"}'
  curl -s localhost:4070/brands -H 'x-account-id: acct-1'     # PENDING, then APPROVED within a second
  curl -s 'localhost:4020/available-numbers?areaCode=212&limit=3' -H 'x-account-id: acct-1'

Through the gateway (an account, its first API key, then the partner API):
  TOKEN=$(cat .local/gateway/admin-token)
  ACCOUNT=$(curl -s -XPOST localhost:4000/admin/accounts -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' -d '{"name":"Acme Dental"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accountId')
  curl -s -XPOST localhost:4000/admin/accounts/$ACCOUNT/api-keys -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' -d '{"name":"first key","scopes":["*"]}'    # the key is shown once
  curl -s localhost:4000/v1/api-keys -H 'authorization: Bearer lc_…'
  curl -s -XPOST localhost:4000/admin/accounts/$ACCOUNT/users -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' \
    -d '{"email":"you@acme.example","password":"a long passphrase","firstName":"Dana","lastName":"Rivera","role":"admin"}'
  curl -s -XPOST localhost:4000/v1/sessions -H 'content-type: application/json' \
    -d '{"email":"you@acme.example","password":"a long passphrase"}'    # a session token, lcs_…

Stop everything: bash scripts/stop.sh
TEXT
