package uk.safeguardcases.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A time-stamping authority of the tests' own (RFC 3161 over HTTP, Bouncy Castle's {@link TimeStampResponseGenerator})
 * on a loopback port: its own root certificate and a time-stamping certificate the root signed, so {@code openssl ts
 * -verify} checks its tokens against {@link #rootPem()}. It can answer properly, answer with garbage, or hold every
 * answer back until it is stopped.
 */
final class TimeStampingAuthority implements AutoCloseable {

    /** How it answers. */
    enum Answers {
        TOKENS, GARBAGE, NOTHING
    }

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.66.1");

    private final HttpServer server;
    private final X509Certificate root;
    private final TimeStampTokenGenerator tokens;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicReference<Answers> answers = new AtomicReference<>(Answers.TOKENS);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong asked = new AtomicLong();

    TimeStampingAuthority() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rootKeys = rsa.generateKeyPair();
        KeyPair tsaKeys = rsa.generateKeyPair();
        Instant now = Instant.now();
        Date from = Date.from(now.minus(Duration.ofDays(1)));
        Date until = Date.from(now.plus(Duration.ofDays(30)));
        X500Name rootName = new X500Name("CN=Awdurdod Prawf – Test Root, O=Safeguard Cases tests");
        X509CertificateHolder rootHolder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, from, until,
                rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(rootKeys.getPrivate()));
        root = new JcaX509CertificateConverter().setProvider(BC).getCertificate(rootHolder);
        X509CertificateHolder tsaHolder = new JcaX509v3CertificateBuilder(rootName, BigInteger.TWO, from, until,
                new X500Name("CN=Loopback TSA, O=Safeguard Cases tests"), tsaKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(rootKeys.getPrivate()));
        X509Certificate tsa = new JcaX509CertificateConverter().setProvider(BC).getCertificate(tsaHolder);
        tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC)
                .build("SHA256withRSA", tsaKeys.getPrivate(), tsa),
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)), POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsa)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Its address, for the product's setting. */
    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    void answering(Answers how) {
        answers.set(how);
    }

    /** How many requests it was sent. */
    long asked() {
        return asked.get();
    }

    /** Its root certificate as PEM, the chain {@code openssl ts -verify -CAfile} is given. */
    String rootPem() throws IOException {
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(root);
        }
        return pem.toString();
    }

    Path rootPemFile(Path folder) throws IOException {
        return Files.writeString(folder.resolve("tsa-root.pem"), rootPem(), StandardCharsets.US_ASCII);
    }

    private void answer(HttpExchange exchange) throws IOException {
        asked.incrementAndGet();
        try (exchange; InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            byte[] body = in.readNBytes(64 * 1024);
            byte[] reply;
            switch (answers.get()) {
                case NOTHING -> {
                    // Held until the authority stops (the client's own timeout ends its wait first).
                    stopped.await(30, TimeUnit.SECONDS);
                    return;
                }
                case GARBAGE -> reply = "<html>Gwasanaeth ar gau – “closed”</html>".getBytes(StandardCharsets.UTF_8);
                default -> {
                    TimeStampRequest request = new TimeStampRequest(body);
                    reply = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                            .generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            out.write(reply);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
