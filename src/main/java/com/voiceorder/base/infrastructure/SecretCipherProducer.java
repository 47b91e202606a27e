package com.voiceorder.base.infrastructure;

import com.voiceorder.shared.crypto.KeyFile;
import com.voiceorder.shared.crypto.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's {@link SecretCipher}, keyed by {@code voiceorder.crypto.key} or the data dir's key file. */
@ApplicationScoped
public class SecretCipherProducer {

    private final Optional<String> configuredKey;
    private final String dataDir;

    @Inject
    public SecretCipherProducer(@ConfigProperty(name = "voiceorder.crypto.key") Optional<String> configuredKey,
                                @ConfigProperty(name = "voiceorder.data.dir", defaultValue = "./data") String dataDir) {
        this.configuredKey = configuredKey;
        this.dataDir = dataDir;
    }

    protected SecretCipherProducer() {
        this(Optional.empty(), "./data");
    }

    @Produces
    @Singleton
    SecretCipher secretCipher() {
        return new SecretCipher(KeyFile.load(configuredKey.orElse(null), Path.of(dataDir)));
    }
}
