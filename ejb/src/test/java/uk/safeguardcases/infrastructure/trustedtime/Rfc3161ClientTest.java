package uk.safeguardcases.infrastructure.trustedtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.trustedtime.TimestampTokens;

/** The client takes a token only when it answers exactly its request and is signed by a time-stamping certificate. */
class Rfc3161ClientTest {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final byte[] DIGEST = sha256("Neges – “gyhoeddus” am £5 🙂 ŵŷ");

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aTokenThatAnswersTheRequestIsTakenAndReadBack() throws Exception {
        TimeStampRequest request = request(DIGEST, BigInteger.valueOf(42));
        Rfc3161Client.Answer answer = Rfc3161Client.check(request, authority().generate(request, BigInteger.ONE,
                new Date()).getEncoded());
        assertThat(answer.granted()).as(answer.reason()).isTrue();
        TimestampTokens.TokenFacts facts = new BcTimestampTokens().read(answer.token()).orElseThrow();
        assertThat(facts.imprintSha256()).isEqualTo(HexFormat.of().formatHex(DIGEST));
        assertThat(facts.authority()).isEqualTo("Prawf TSA – Test, Safeguard Cases tests");
        assertThat(facts.time()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(
                Duration.ofMinutes(1).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void anAnswerToAnotherNonceOrAnotherDigestIsRefused() throws Exception {
        TimeStampResponseGenerator tsa = authority();
        TimeStampRequest mine = request(DIGEST, BigInteger.valueOf(42));
        TimeStampRequest otherNonce = request(DIGEST, BigInteger.valueOf(43));
        TimeStampRequest otherDigest = request(sha256("something else"), BigInteger.valueOf(42));
        assertThat(Rfc3161Client.check(mine, tsa.generate(otherNonce, BigInteger.ONE, new Date()).getEncoded())
                .failure()).isEqualTo(Rfc3161Client.Failure.INVALID);
        assertThat(Rfc3161Client.check(mine, tsa.generate(otherDigest, BigInteger.ONE, new Date()).getEncoded())
                .failure()).isEqualTo(Rfc3161Client.Failure.INVALID);
    }

    @Test
    void garbageARefusalAndATokenItsCertificateDoesNotSignGiveNoToken() throws Exception {
        TimeStampRequest request = request(DIGEST, BigInteger.valueOf(7));
        assertThat(Rfc3161Client.check(request, "<html>closed</html>".getBytes()).failure())
                .isEqualTo(Rfc3161Client.Failure.INVALID);
        assertThat(Rfc3161Client.check(request, new byte[0]).failure()).isEqualTo(Rfc3161Client.Failure.INVALID);
        byte[] refused = authority().generateRejectedResponse(new org.bouncycastle.tsp.TSPException("busy"))
                .getEncoded();
        assertThat(Rfc3161Client.check(request, refused).failure()).isEqualTo(Rfc3161Client.Failure.REFUSED);
        // Signed by one key, carrying another key's certificate under the same name and serial: its signature fails.
        byte[] forged = new TimeStampResponseGenerator(generator(true), TSPAlgorithms.ALLOWED)
                .generate(request, BigInteger.ONE, new Date()).getEncoded();
        assertThat(Rfc3161Client.check(request, forged).failure()).isEqualTo(Rfc3161Client.Failure.INVALID);
        assertThat(new BcTimestampTokens().read("not a token".getBytes())).isEmpty();
    }

    @Test
    void overHttpItTakesATokenAndGivesUpOnAClosedPortAnErrorOrNoAnswerInTime() throws Exception {
        TimeStampResponseGenerator tsa = authority();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (exchange) {
                byte[] reply = tsa.generate(new TimeStampRequest(exchange.getRequestBody().readAllBytes()),
                        BigInteger.TEN, new Date()).getEncoded();
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.createContext("/error", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/silent", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Rfc3161Client client = new Rfc3161Client();

        assertThat(client.stamp(URI.create(base + "/tsa"), DIGEST).granted()).isTrue();
        assertThat(client.stamp(URI.create(base + "/error"), DIGEST).failure()).isEqualTo(Rfc3161Client.Failure.REFUSED);
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(client.stamp(URI.create("http://127.0.0.1:" + closed + "/tsa"), DIGEST).failure())
                .isEqualTo(Rfc3161Client.Failure.UNREACHABLE);
        long started = System.nanoTime();
        assertThat(client.stamp(URI.create(base + "/silent"), DIGEST).failure())
                .isEqualTo(Rfc3161Client.Failure.UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Rfc3161Client.ANSWER.plusSeconds(2));
        assertThat(client.stamp(URI.create(base + "/tsa"), new byte[20]).failure())
                .as("not a SHA-256").isEqualTo(Rfc3161Client.Failure.INVALID);
    }

    @Test
    void onlyAnHttpAddressWithoutCredentialsIsASetting() {
        assertThat(AuthorityTrustedTime.usable("https://tsa.example.org/rfc3161")).isPresent();
        assertThat(AuthorityTrustedTime.usable("http://127.0.0.1:3180/tsa")).isPresent();
        assertThat(AuthorityTrustedTime.usable("ftp://tsa.example.org/")).isEmpty();
        assertThat(AuthorityTrustedTime.usable("https://user:secret@tsa.example.org/")).isEmpty();
        assertThat(AuthorityTrustedTime.usable("not an address")).isEmpty();
    }

    private static TimeStampRequest request(byte[] digest, BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(TSPAlgorithms.SHA256, digest, nonce);
    }

    private static TimeStampResponseGenerator authority() throws Exception {
        return new TimeStampResponseGenerator(generator(false), TSPAlgorithms.ALLOWED);
    }

    /**
     * A self-signed authority, its certificate marked for time-stamping only (critically); {@code forged}: its tokens
     * carry another key's certificate of the same name and serial instead of the one that signs them.
     */
    private static TimeStampTokenGenerator generator(boolean forged) throws Exception {
        KeyPair keys = keys();
        X509Certificate certificate = certificate(keys);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(BC).build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.66.1"));
        tokens.addCertificates(new JcaCertStore(List.of(forged ? certificate(keys()) : certificate)));
        return tokens;
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return rsa.generateKeyPair();
    }

    private static X509Certificate certificate(KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=Prawf TSA – Test, O=Safeguard Cases tests");
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(1))),
                name, keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        return new JcaX509CertificateConverter().setProvider(BC).getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(keys.getPrivate())));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
