package uk.safeguardcases.infrastructure.trustedtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;

/**
 * What one timestamp costs the product: the client's whole round trip (request, POST over loopback, the authority's
 * RSA-2048 signature, the answer checked and its signature verified) against an authority on this machine, 20 asks
 * to warm up and then 300 measured one after another. Not part of the build's tests (its name is not *Test):
 * {@code mvn -o -pl ejb test -Dtest=TimestampCostBenchmark}; prints p50, p95 and the largest.
 */
class TimestampCostBenchmark {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    @Test
    void oneTimestampAgainstALoopbackAuthority() throws Exception {
        // The JDK's test server writes an answer's headers and body apart: without this, Nagle's algorithm and the
        // loopback's delayed acknowledgement add 40 ms to every answer (measured: p50 54 ms against 15 ms), a cost of
        // this stand-in authority, not of the product. Read once, when its first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair keys = rsa.generateKeyPair();
        X500Name name = new X500Name("CN=Loopback TSA, O=Safeguard Cases benchmark");
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(Instant.now().minus(Duration.ofDays(1))),
                        Date.from(Instant.now().plus(Duration.ofDays(1))), name, keys.getPublic())
                        .addExtension(Extension.extendedKeyUsage, true,
                                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(keys.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(BC).build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.66.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator authority = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (exchange) {
                byte[] reply;
                synchronized (authority) {
                    reply = authority.generate(new TimeStampRequest(exchange.getRequestBody().readAllBytes()),
                            BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
                }
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        try {
            URI address = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
            Rfc3161Client client = new Rfc3161Client();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < 20; i++) {
                assertThat(client.stamp(address, sha256.digest(("warm " + i).getBytes())).granted()).isTrue();
            }
            long[] micros = new long[300];
            for (int i = 0; i < micros.length; i++) {
                byte[] digest = sha256.digest(("evidence " + i).getBytes());
                long started = System.nanoTime();
                assertThat(client.stamp(address, digest).granted()).isTrue();
                micros[i] = (System.nanoTime() - started) / 1000;
            }
            Arrays.sort(micros);
            System.out.printf("timestamp round trip over loopback, %d asks: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    micros.length, micros[micros.length / 2] / 1000.0, micros[(int) (micros.length * 0.95)] / 1000.0,
                    micros[micros.length - 1] / 1000.0);
        } finally {
            server.stop(0);
        }
    }
}
