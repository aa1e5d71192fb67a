package uk.safeguardcases.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
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
import java.util.concurrent.Executors;
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
 * on a loopback port, behind the smallest HTTP/1.1 server that answers one POST per connection (the JDK's own
 * {@code com.sun.net.httpserver} is a platform module WildFly gives no deployment): its own root certificate and a time-stamping certificate the root signed, so {@code openssl ts
 * -verify} checks its tokens against {@link #rootPem()}. It answers properly or with garbage.
 */
final class TimeStampingAuthority implements AutoCloseable {

    /** How it answers. */
    enum Answers {
        TOKENS, GARBAGE
    }

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.66.1");

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newFixedThreadPool(4);
    private final X509Certificate root;
    private final TimeStampTokenGenerator tokens;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicReference<Answers> answers = new AtomicReference<>(Answers.TOKENS);
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
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "test-tsa");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.submit(() -> answer(connection));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                return;
            }
        }
    }

    /** Its address, for the product's setting. */
    String address() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/tsa";
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

    /** One request on its connection: the request line and headers, a body of its Content-Length, one answer. */
    private void answer(Socket connection) {
        asked.incrementAndGet();
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            int length = 0;
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            byte[] body = in.readNBytes(Math.min(length, 64 * 1024));
            byte[] reply;
            switch (answers.get()) {
                case GARBAGE -> reply = "<html>Gwasanaeth ar gau – “closed”</html>".getBytes(StandardCharsets.UTF_8);
                default -> {
                    TimeStampRequest request = new TimeStampRequest(body);
                    synchronized (tokens) {
                        reply = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED).generate(request,
                                BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
                    }
                }
            }
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " + reply.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(reply);
            out.flush();
        } catch (Exception e) {
            // The connection goes: the client counts it as no answer.
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closed already.
        }
        connections.shutdownNow();
    }
}
