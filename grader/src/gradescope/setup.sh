#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image: install a JDK 21+ if there is none.
set -euo pipefail
if ! command -v java >/dev/null || [ "$(java -XshowSettings:properties -version 2>&1 \
        | sed -n 's/ *java.specification.version = //p')" -lt 21 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jdk-headless
fi
