package uk.safeguardcases.infrastructure.trustedtime;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * Asks a time-stamping authority for a token over a SHA-256 digest (RFC 3161 over HTTP: a {@code TimeStampReq} POSTed as
 * {@code application/timestamp-query}), and takes the answer only if it holds: granted, for exactly this request (the
 * digest, the algorithm, the nonce, the authority's certificate asked for), and signed by the certificate it carries,
 * which must be marked for time-stamping. Bounded in time: a connection within {@link #CONNECT} and the whole answer
 * within {@link #ANSWER}. Never throws: every failure is an {@link Answer} saying which.
 */
public final class Rfc3161Client {

    static final Duration CONNECT = Duration.ofSeconds(2);
    static final Duration ANSWER = Duration.ofSeconds(5);
    /** An answer larger than this is not a token (a token with its certificates is a few kilobytes). */
    static final int MOST_BYTES = 256 * 1024;

    /** Bouncy Castle as an instance, never installed as the server's provider (the server may have its own). */
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    /** Why no token came. */
    public enum Failure {
        /** Not reached, or no answer in time. */
        UNREACHABLE,
        /** It answered, but refused (an HTTP error or a status other than granted). */
        REFUSED,
        /** It answered with something that is not a token for this request, or whose signature does not hold. */
        INVALID
    }

    /** A token (DER) or why there is none, with a reason in words for the log (no digest, nothing personal). */
    public record Answer(byte[] token, Failure failure, String reason) {

        static Answer of(byte[] token) {
            return new Answer(token, null, null);
        }

        static Answer failed(Failure failure, String reason) {
            return new Answer(null, failure, reason);
        }

        public boolean granted() {
            return token != null;
        }
    }

    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public Rfc3161Client() {
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A token over {@code sha256} from the authority at {@code address}. */
    public Answer stamp(URI address, byte[] sha256) {
        if (sha256 == null || sha256.length != 32) {
            return Answer.failed(Failure.INVALID, "not a SHA-256 digest");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256, new BigInteger(64, random));
        byte[] body;
        try {
            body = request.getEncoded();
        } catch (IOException e) {
            return Answer.failed(Failure.INVALID, "the request could not be encoded");
        }
        HttpResponse<byte[]> response;
        try {
            response = http.sendAsync(HttpRequest.newBuilder(address).timeout(ANSWER)
                            .header("Content-Type", "application/timestamp-query")
                            .header("Accept", "application/timestamp-reply")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Answer.failed(Failure.UNREACHABLE, "no answer within " + ANSWER.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Answer.failed(Failure.UNREACHABLE, e.getCause() == null ? e.toString() : e.getCause().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(Failure.UNREACHABLE, "interrupted");
        } catch (IllegalArgumentException e) {
            return Answer.failed(Failure.UNREACHABLE, "not an address it can ask");
        }
        if (response.statusCode() != 200) {
            return Answer.failed(Failure.REFUSED, "HTTP status " + response.statusCode());
        }
        return check(request, response.body());
    }

    /** The token in {@code answer}, if it answers {@code request} and its signature holds. */
    static Answer check(TimeStampRequest request, byte[] answer) {
        if (answer == null || answer.length == 0 || answer.length > MOST_BYTES) {
            return Answer.failed(Failure.INVALID, "an answer of " + (answer == null ? 0 : answer.length) + " bytes");
        }
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
        } catch (TSPException | IOException | RuntimeException e) {
            return Answer.failed(Failure.INVALID, "not a time-stamp response");
        }
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            return Answer.failed(Failure.REFUSED, "status " + response.getStatus()
                    + (response.getStatusString() == null ? "" : ": " + response.getStatusString()));
        }
        try {
            // The status, the digest and its algorithm, the nonce, the policy if one was asked, and the certificate.
            response.validate(request);
            verifySignature(token);
            return Answer.of(token.getEncoded());
        } catch (TSPException | IOException | RuntimeException e) {
            return Answer.failed(Failure.INVALID, "the token does not hold: " + e.getMessage());
        }
    }

    /**
     * The token's signature checked with the certificate it carries, which must be the signer's and marked for
     * time-stamping only (critical extended key usage); throws when it does not hold.
     */
    static X509CertificateHolder verifySignature(TimeStampToken token) throws TSPException {
        @SuppressWarnings("unchecked")
        Selector<X509CertificateHolder> signer = (Selector<X509CertificateHolder>) (Selector<?>) token.getSID();
        X509CertificateHolder certificate = token.getCertificates().getMatches(signer).stream().findFirst()
                .orElseThrow(() -> new TSPException("the token carries no certificate of its signer"));
        try {
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER)
                    .build(certificate);
            token.validate(verifier);
        } catch (org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException e) {
            throw new TSPException("the signer's certificate cannot be read", e);
        }
        return certificate;
    }
}
