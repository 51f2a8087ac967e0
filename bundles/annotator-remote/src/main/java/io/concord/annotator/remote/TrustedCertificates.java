package io.concord.annotator.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS trust of an https endpoint whose certificate a private CA signed: the PEM file's certificates,
 * and only those, are trusted (with the JDK's own host-name check). Without the setting the JDK's trust
 * store applies.
 */
final class TrustedCertificates {
    private TrustedCertificates() {}

    /** An SSL context trusting the file's certificates, or null for the JDK's default trust. */
    static SSLContext of(String pemFile, Path configFolder) {
        if (pemFile == null || pemFile.isBlank()) {
            return null;
        }
        Path file = configFolder == null ? Path.of(pemFile.trim()) : configFolder.resolve(pemFile.trim());
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("trustCertificates " + file + " holds no PEM certificate");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new IllegalArgumentException("trustCertificates " + file + " cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("trustCertificates " + file + " is not a PEM file of certificates: " + e.getMessage());
        }
    }
}
