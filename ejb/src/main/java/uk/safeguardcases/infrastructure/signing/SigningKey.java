package uk.safeguardcases.infrastructure.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key that signs every document of the deployment, with its certificate chain. The operator's PKCS#12 keystore
 * when one is set ({@code SAFEGUARD_SIGNING_KEYSTORE}, {@code SAFEGUARD_SIGNING_ALIAS}, {@code
 * SAFEGUARD_SIGNING_PASSWORD}, or the system properties {@code safeguard.signing.keystore}, {@code .alias}, {@code
 * .password}); else a key the server makes for itself once and keeps in its data directory (the demonstration's and
 * the tests'; the runbook says production sets its own).
 */
record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, boolean ownKey) {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    static final String OWN_KEY_FILE = "own-signing-key.p12";
    private static final String OWN_ALIAS = "signing";

    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The key the settings name, or the server's own. */
    static SigningKey load(BouncyCastleProvider provider) {
        String keystore = setting("safeguard.signing.keystore", "SAFEGUARD_SIGNING_KEYSTORE");
        if (keystore != null) {
            String password = setting("safeguard.signing.password", "SAFEGUARD_SIGNING_PASSWORD");
            return fromKeystore(Path.of(keystore), setting("safeguard.signing.alias", "SAFEGUARD_SIGNING_ALIAS"),
                    password == null ? new char[0] : password.toCharArray(), false);
        }
        return own(provider);
    }

    static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The key of {@code alias} (or the keystore's only key when none is named) in a PKCS#12 file. */
    static SigningKey fromKeystore(Path file, String alias, char[] password, boolean own) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias;
            if (chosen == null) {
                List<String> keys = new ArrayList<>();
                for (String name : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(name)) {
                        keys.add(name);
                    }
                }
                if (keys.size() != 1) {
                    throw new IllegalStateException("The signing keystore " + file + " holds " + keys.size()
                            + " keys: name the one to sign with (SAFEGUARD_SIGNING_ALIAS)");
                }
                chosen = keys.get(0);
            }
            if (!store.isKeyEntry(chosen)) {
                throw new IllegalStateException("The signing keystore " + file + " has no key named " + chosen);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(chosen)) {
                chain.add((X509Certificate) certificate);
            }
            return new SigningKey(key, List.copyOf(chain), own);
        } catch (IOException e) {
            throw new UncheckedIOException("The signing keystore " + file + " could not be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore " + file + " could not be opened: " + e, e);
        }
    }

    /** The server's own key: made at first use in its data directory, then read from there. */
    private static SigningKey own(BouncyCastleProvider provider) {
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        Path folder = Path.of(dataDir, "signing");
        Path file = folder.resolve(OWN_KEY_FILE);
        Path passwordFile = folder.resolve(OWN_KEY_FILE + ".password");
        try {
            if (!Files.exists(file) || !Files.exists(passwordFile)) {
                Files.createDirectories(folder);
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                Path madePassword = Files.writeString(folder.resolve(OWN_KEY_FILE + ".password.new"), password);
                restrict(madePassword);
                Path made = folder.resolve(OWN_KEY_FILE + ".new");
                Files.write(made, selfSigned(provider, password.toCharArray()), StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                restrict(made);
                Files.move(madePassword, passwordFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(made, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                LOG.warning("No signing key is set (SAFEGUARD_SIGNING_KEYSTORE): documents are signed with a key this"
                        + " server made for itself, kept in " + folder);
            }
            return fromKeystore(file, OWN_ALIAS, Files.readString(passwordFile).strip().toCharArray(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("The server's own signing key could not be kept in " + folder, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // The key is still usable, but others on the server may read it (a file system without POSIX
            // permissions keeps the folder's): said, never silent.
            LOG.warning("The signing key's file could not be made readable by this server alone: " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A self-signed EC key and certificate for ten years, as a PKCS#12 file (as the run command makes its own). */
    private static byte[] selfSigned(BouncyCastleProvider provider, char[] password) {
        try {
            // ECDSA on P-256: made in milliseconds, signs in about one, and every PDF reader checks it.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=Safeguard Cases (this server's own signing key), O=Safeguard Cases");
            Instant now = Instant.now();
            byte[] serial = new byte[16];
            new SecureRandom().nextBytes(serial);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(1, serial), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
            // Its own root: a reader trusts it as an authority (NSS, and so pdfsig, trusts a self-signed certificate
            // only so), and it signs documents.
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyCertSign));
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(provider).getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider)
                            .build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(OWN_ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("The server's own signing key could not be made: " + e, e);
        }
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
