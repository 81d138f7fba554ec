#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image: a JDK 21+ if there is none, bubblewrap for the
# sandbox, and the unprivileged user that runs submission code where bubblewrap cannot (Gradescope's containers
# usually forbid the namespaces it needs).
set -euo pipefail
java_feature() {
    # The java on the PATH as one number: "1.8" (Java 8) counts as 8, "17" as 17; no java, or output not
    # understood, as 0.
    local feature
    feature="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p' \
        | sed 's/^1\.//' | cut -d. -f1)" || true
    case "$feature" in
        '' | *[!0-9]*) echo 0 ;;
        *) echo "$feature" ;;
    esac
}
packages=()
if [ "$(java_feature)" -lt 21 ]; then
    packages+=(openjdk-21-jdk-headless)
fi
command -v bwrap >/dev/null || packages+=(bubblewrap)
if [ ${#packages[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
id -u overlap-sandbox >/dev/null 2>&1 \
    || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin overlap-sandbox
