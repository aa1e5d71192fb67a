package uk.safeguardcases.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The last of the start-up work: after the schema, the process deployments and the demo data, it lets the next
 * node of a cluster start ({@link SchemaMigration}'s start-up lock).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ProcessEngineBootstrap", "RestoredReferences", "DemoData", "DemoCases"})
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupFinished {

    @EJB
    private SchemaMigration schemaMigration;

    @PostConstruct
    void finished() {
        schemaMigration.unlockStartup();
    }
}
