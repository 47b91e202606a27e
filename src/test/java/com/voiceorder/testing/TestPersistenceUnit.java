package com.voiceorder.testing;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The application's persistence unit, built outside the container over a given DataSource:
 * every @Entity, @Embeddable, @MappedSuperclass and @Converter under com.voiceorder in the main classes.
 */
final class TestPersistenceUnit {

    private TestPersistenceUnit() {
    }

    static EntityManagerFactory create(DataSource dataSource) {
        List<String> classes = managedClasses();
        PersistenceUnitInfo info = new Info(dataSource, classes);
        Map<String, Object> properties = Map.of(
                "eclipselink.logging.level", "WARNING",
                "eclipselink.weaving", "false");
        return new PersistenceProvider().createContainerEntityManagerFactory(info, properties);
    }

    static List<String> managedClasses() {
        Path root = mainClassesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(TestPersistenceUnit::isPersistent)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPersistent(String className) {
        try {
            Class<?> type = Class.forName(className, false, TestPersistenceUnit.class.getClassLoader());
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Path mainClassesRoot() {
        URL marker = TestPersistenceUnit.class.getClassLoader().getResource("META-INF/persistence.xml");
        try {
            return Path.of(marker.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Info(DataSource dataSource, List<String> classes) implements PersistenceUnitInfo {
        @Override public String getPersistenceUnitName() { return "voiceorder-test"; }
        @Override public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
        @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
        @Override public DataSource getJtaDataSource() { return null; }
        @Override public DataSource getNonJtaDataSource() { return dataSource; }
        @Override public List<String> getMappingFileNames() { return List.of(); }
        @Override public List<URL> getJarFileUrls() { return List.of(); }
        @Override public URL getPersistenceUnitRootUrl() {
            try {
                return mainClassesRoot().toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        @Override public List<String> getManagedClassNames() { return classes; }
        @Override public boolean excludeUnlistedClasses() { return true; }
        @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
        @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
        @Override public Properties getProperties() { return new Properties(); }
        @Override public String getPersistenceXMLSchemaVersion() { return "3.0"; }
        @Override public ClassLoader getClassLoader() { return TestPersistenceUnit.class.getClassLoader(); }
        @Override public void addTransformer(ClassTransformer transformer) { }
        @Override public ClassLoader getNewTempClassLoader() { return getClassLoader(); }
    }
}
