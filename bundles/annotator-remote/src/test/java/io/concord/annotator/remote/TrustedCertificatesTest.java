package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An https endpoint whose certificate the JDK does not trust, with a key made by the JDK's keytool. */
class TrustedCertificatesTest {
    @TempDir
    static Path dir;
    static HttpsServer server;
    static URI url;

    @BeforeAll
    static void startAnHttpsEndpointWithItsOwnCertificate() throws Exception {
        Path keys = dir.resolve("endpoint.p12");
        keytool("-genkeypair", "-alias", "endpoint", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keys.toString(), "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "endpoint", "-keystore", keys.toString(), "-storepass", "changeit",
                "-file", dir.resolve("endpoint.pem").toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/annotate", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"annotations\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/annotate");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void callsTheEndpointWhenItsCertificateIsTrusted() throws Exception {
        SSLContext trust = TrustedCertificates.of("endpoint.pem", dir);
        assertEquals("{\"annotations\": []}", new RemoteClient(url, 5000, 0, Credentials.NONE, trust).post("{}"));
    }

    @Test
    void saysWhereToPutTheCertificateWhenTheJdkDoesNotTrustIt() {
        RemoteFailure f = assertThrows(RemoteFailure.class, () -> new RemoteClient(url, 5000, 2).post("{}"));
        assertTrue(f.getMessage().startsWith("TLS with " + url + " failed: "), f.getMessage());
        assertTrue(f.getMessage().endsWith("(a private CA's certificate goes in trustCertificates)"), f.getMessage());
        assertTrue(!f.retryable(), "an untrusted certificate does not get better by trying again");
    }

    @Test
    void refusesAFileThatHoldsNoCertificate() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "not a certificate\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.of("notes.txt", dir));
        assertTrue(e.getMessage().startsWith("trustCertificates " + dir.resolve("notes.txt")), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> TrustedCertificates.of("none.pem", dir));
        assertTrue(missing.getMessage().contains("cannot be read"), missing.getMessage());
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, p.exitValue(), output);
    }
}
