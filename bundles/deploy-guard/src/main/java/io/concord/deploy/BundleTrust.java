package io.concord.deploy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Whether a jar may be installed when signed bundles are required: it is one that came with the distribution
 * (its SHA-256 is among the shipped digests), or every entry of it is signed by a certificate of the trust
 * store, or issued under one of them, and matches its signature. Plain Java, so the rules are tested with real
 * jars signed by {@code jarsigner}.
 */
final class BundleTrust {
    private final Set<X509Certificate> trusted;
    private final Set<String> shippedDigests;
    private final String trustStoreName;
    /** Why the trust store could not be read; then nothing but the shipped jars is trusted. */
    private final String trustStoreProblem;

    private BundleTrust(Set<X509Certificate> trusted, Set<String> shippedDigests, String trustStoreName,
                        String trustStoreProblem) {
        this.trusted = trusted;
        this.shippedDigests = shippedDigests;
        this.trustStoreName = trustStoreName;
        this.trustStoreProblem = trustStoreProblem;
    }

    /**
     * @param trustStore    a PKCS#12 or JKS key store whose certificates are trusted
     * @param password      its password, or null
     * @param shippedDigests a folder of {@code *.sha256} files, one hex SHA-256 each, of the jars the
     *                      distribution ships in deploy/ (may not exist)
     */
    static BundleTrust load(Path trustStore, char[] password, Path shippedDigests) {
        Set<String> shipped = readDigests(shippedDigests);
        if (trustStore == null) {
            return new BundleTrust(Set.of(), shipped, "(none)", "no trust store is set (concord.deploy.trustStore)");
        }
        if (!Files.isRegularFile(trustStore)) {
            return new BundleTrust(Set.of(), shipped, trustStore.toString(), "the trust store " + trustStore + " does not exist");
        }
        try {
            KeyStore store = KeyStore.getInstance(trustStore.toFile(), password);
            Set<X509Certificate> certificates = new HashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x) {
                    certificates.add(x);
                }
            }
            String problem = certificates.isEmpty() ? "the trust store " + trustStore + " holds no certificate" : null;
            return new BundleTrust(Set.copyOf(certificates), shipped, trustStore.toString(), problem);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return new BundleTrust(Set.of(), shipped, trustStore.toString(),
                    "the trust store " + trustStore + " cannot be read: " + message(e));
        }
    }

    /** Why the trust store is of no use, or null when it holds certificates. */
    String trustStoreProblem() {
        return trustStoreProblem;
    }

    /** Why {@code jar} is refused, or null when it may be installed. */
    String refusal(File jar) {
        try {
            if (shippedDigests.contains(sha256(jar.toPath()))) {
                return null;
            }
        } catch (IOException e) {
            return "it cannot be read: " + message(e);
        }
        if (trustStoreProblem != null) {
            return "it did not come with Concord and " + trustStoreProblem;
        }
        List<String> unsigned = new ArrayList<>();
        String untrustedSigner = null;
        boolean anySigned = false;
        try (JarFile file = new JarFile(jar, true)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream()); // reading to the end checks the entry's digest
                } catch (SecurityException e) {
                    return "it was changed after it was signed: " + entry.getName() + " does not match its signature";
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    unsigned.add(entry.getName());
                } else {
                    anySigned = true;
                    if (untrustedSigner == null && !signedByTrusted(signers)) {
                        untrustedSigner = subjects(signers);
                    }
                }
            }
        } catch (SecurityException e) {
            return "its signature is broken: " + message(e);
        } catch (IOException e) {
            return "it cannot be read: " + message(e);
        }
        if (!anySigned) {
            return "it is not signed";
        }
        if (!unsigned.isEmpty()) {
            return "it was changed after it was signed: " + unsigned.get(0) + " is not signed";
        }
        if (untrustedSigner != null) {
            return "it is signed by " + untrustedSigner + ", whom the trust store " + trustStoreName + " does not hold";
        }
        return null;
    }

    private boolean signedByTrusted(CodeSigner[] signers) {
        for (CodeSigner signer : signers) {
            List<? extends Certificate> path = signer.getSignerCertPath().getCertificates();
            for (Certificate c : path) {
                if (trusted.contains(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String subjects(CodeSigner[] signers) {
        Certificate first = signers[0].getSignerCertPath().getCertificates().get(0);
        return first instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : first.getType();
    }

    /** The manifest and the files jarsigner adds: they carry the signature rather than being signed. */
    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF")) {
            return true;
        }
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Set<String> readDigests(Path folder) {
        Set<String> digests = new HashSet<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return digests;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".sha256"))::iterator) {
                String text = Files.readString(f).strip();
                if (!text.isEmpty()) {
                    digests.add(text.split("\\s+")[0].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            // no shipped digests: the shipped annotators must then be signed like any other bundle
        }
        return digests;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
