#!/usr/bin/env bash
# Builds every function bundle and packages the Lambda deployment (zips and CloudFormation template) into
# dist/serverless without deploying: osls needs no AWS account and no network for this.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build:functions
npx osls package --package dist/serverless
