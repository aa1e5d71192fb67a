package uk.safeguardcases.application.reports;

/**
 * A process's own words in the product's PDFs, registered as an {@code @ApplicationScoped} bean: the heading of its part
 * of a subject access answer ({@code sar.<key>}), the labels of its fields ({@code sar.key.<field>}) and any other key
 * a document asks for that the product's own words do not have. The bundle is {@code <bundle>.properties} with its
 * Welsh twin {@code <bundle>_cy.properties}, found by the bean's own class loader.
 */
public interface DocumentTexts {
    /** The bundle's base name, e.g. {@code uk.safeguardcases.application.search.searches}. */
    String bundle();

    /** The loader that finds the bundle: the registering bean's own. */
    default ClassLoader loader() {
        return getClass().getClassLoader();
    }
}
