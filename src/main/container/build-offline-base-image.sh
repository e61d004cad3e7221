#!/usr/bin/env bash
# Builds the JRE base image for Averted's container from this machine's JDK, for machines that cannot pull one from a
# registry. Writes target/container/base-jre.tar in `docker save` format, which Jib reads with
# -Dquarkus.jib.base-jvm-image=tar://target/container/base-jre.tar (see README, "Running on Kubernetes").
#
# The image holds a jlink'ed Java runtime, the few glibc libraries it links against, CA certificates, an unprivileged
# user (uid 1001, group 0) and a writable /tmp; no shell, no package manager. Where a registry is reachable, the default
# base image in application.properties (a pinned UBI OpenJDK runtime) is the better choice: it receives security fixes.
set -euo pipefail

cd "$(dirname "$0")/../../.."
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
out=target/container
root=$PWD/$out/base-rootfs
rm -rf "$root" "$out/base-jre.tar" "$out/base-image"
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/home/averted" "$out/base-image"

# The modules a Quarkus JVM application uses, plus jcmd for thread and heap dumps in a running pod.
"$JAVA_HOME/bin/jlink" --output "$root/opt/java" \
    --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs,jdk.management,jdk.jfr,jdk.net,jdk.jcmd,jdk.attach,jdk.localedata \
    --strip-debug --no-header-files --no-man-pages --compress=2 --include-locales=en
# Debian's JDK keeps its trust store outside the JDK; copy the file, not the link.
cp --remove-destination "$(readlink -f "$JAVA_HOME/lib/security/cacerts")" "$root/opt/java/lib/security/cacerts"

# A server has no display or sound card: drop the libraries that would pull X11 and ALSA into the image.
rm -f "$root"/opt/java/lib/{libawt_xawt,libsplashscreen,libjsound}.so
# The shared libraries the runtime links against, at the paths the dynamic loader looks them up.
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib/ { print $1 }' \
    | grep -v "^$root" | sort -u \
    | while read -r lib; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
      done

cat > "$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
averted:x:1001:0:Averted:/home/averted:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$root/etc/group" <<'GROUP'
root:x:0:
nobody:x:65534:
GROUP
echo 'hosts: files dns' > "$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"
chmod 0775 "$root/home/averted"

# One layer, owned by root (the app runs as 1001 and can write only /tmp and its home), in `docker save` layout.
layer=$out/base-image/layer.tar
(cd "$root" && tar --sort=name --numeric-owner --owner=0 --group=0 --mtime='2024-01-01 00:00Z' -cf - .) > "$layer"
diff_id=sha256:$(sha256sum "$layer" | cut -d' ' -f1)
cat > "$out/base-image/config.json" <<CONFIG
{"architecture":"amd64","os":"linux",
 "config":{"User":"1001:0","WorkingDir":"/home/averted",
           "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8","HOME=/home/averted"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created_by":"src/main/container/build-offline-base-image.sh"}]}
CONFIG
echo '[{"Config":"config.json","RepoTags":["averted-base-jre:17"],"Layers":["layer.tar"]}]' > "$out/base-image/manifest.json"
(cd "$out/base-image" && tar --numeric-owner --owner=0 --group=0 -cf ../base-jre.tar manifest.json config.json layer.tar)
rm -rf "$out/base-image"
echo "Wrote $out/base-jre.tar ($(du -h "$out/base-jre.tar" | cut -f1)); runtime: $("$root/opt/java/bin/java" -version 2>&1 | head -1)"
