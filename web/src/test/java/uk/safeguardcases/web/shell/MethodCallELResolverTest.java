package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.BeanELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELManager;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page resolver for the product's method calls: a page reads the same through it as through the standard bean
 * resolver alone, for every kind of call a page makes (checked by evaluating each expression both ways with WildFly's
 * expression language), and it calls only what it can call unambiguously.
 */
class MethodCallELResolverTest {

    /** A bean as pages call it: one method by each name, an overloaded one, a throwing one, a record-like accessor. */
    public static class Words {
        public String of(String key) {
            return key == null ? "(none)" : "«" + key + "» ŵ";
        }

        public boolean canDo(String step) {
            return step.startsWith("triage");
        }

        public String when(java.time.Instant at) {
            return at == null ? "" : at.toString();
        }

        public int twice(int n) {
            return 2 * n;
        }

        public String join(String a, String b) {
            return a + "–" + b;
        }

        public String pick(String a) {
            return "one " + a;
        }

        public String pick(Integer a) {
            return "number " + a;
        }

        public String many(String... parts) {
            return String.join("+", parts);
        }

        public String fails(String why) {
            throw new IllegalStateException(why);
        }

        public List<String> steps() {
            return List.of("triage", "decide-outcome");
        }
    }

    /** A record of the product's own, as services hand pages, with a method called with parentheses. */
    public record Item(String fileName, long size) {
        public boolean hasFile() {
            return fileName != null;
        }
    }

    /** Not public: left to the standard resolver (which cannot call it either: no page calls such a method). */
    record Hidden(String name) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    private final ExpressionFactory factory = ELManager.getExpressionFactory();

    private Object evaluate(String expression, boolean withOurs, Object... beans) {
        CompositeELResolver resolvers = new CompositeELResolver();
        if (withOurs) {
            resolvers.add(new MethodCallELResolver());
        }
        resolvers.add(new BeanELResolver());
        StandardELContext context = new StandardELContext(factory) {
            @Override
            public ELResolver getELResolver() {
                return resolvers;
            }
        };
        String[] names = {"words", "item", "hidden"};
        for (int i = 0; i < beans.length; i++) {
            context.getVariableMapper().setVariable(names[i], factory.createValueExpression(beans[i], Object.class));
        }
        try {
            return factory.createValueExpression(context, expression, Object.class).getValue(context);
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName();
        }
    }

    @Test
    void everyKindOfCallReadsTheSameWithAndWithoutIt() {
        Words words = new Words();
        Item item = new Item("evidence – “quoted” £.pdf", 2048);
        Hidden hidden = new Hidden("siân");
        for (String expression : List.of("#{words.of('case.evidence')}", "#{words.of(null)}", "#{words.of(42)}",
                "#{words.canDo('triage')}", "#{words.canDo('decide-outcome') ? 'yes' : 'no'}", "#{words.when(null)}",
                "#{words.twice('21')}", "#{words.twice(21)}", "#{words.join('a', 'b')}", "#{words.pick('x')}",
                "#{words.many('a', 'b')}", "#{words.steps().size()}", "#{item.hasFile()}", "#{hidden.shout()}",
                "#{words.of(words.of('nested'))}")) {
            assertThat(evaluate(expression, true, words, item, hidden)).as(expression)
                    .isEqualTo(evaluate(expression, false, words, item, hidden));
        }
        assertThat(evaluate("#{words.of('case.evidence')}", true, words, item, hidden)).isEqualTo("«case.evidence» ŵ");
        assertThat(evaluate("#{words.twice('21')}", true, words, item, hidden)).isEqualTo(42);
    }

    @Test
    void itCallsOnlyAMethodThatIsTheOneOfItsNameAndParameters() {
        MethodCallELResolver resolver = new MethodCallELResolver();
        Words words = new Words();

        ELContext unique = context();
        assertThat(resolver.invoke(unique, words, "of", null, new Object[] {"x"})).isEqualTo("«x» ŵ");
        assertThat(unique.isPropertyResolved()).isTrue();

        ELContext noArguments = context();
        assertThat(resolver.invoke(noArguments, new Item(null, 0), "hasFile", null, null)).isEqualTo(false);
        assertThat(noArguments.isPropertyResolved()).isTrue();

        for (Object[] call : List.<Object[]>of(new Object[] {words, "pick", new Object[] {"x"}},
                new Object[] {words, "many", new Object[] {"a"}}, new Object[] {words, "nothing", new Object[0]},
                new Object[] {words, "of", new Object[] {"too", "many"}},
                new Object[] {new Hidden("x"), "shout", new Object[0]},
                new Object[] {"a string, not the product's", "length", new Object[0]})) {
            ELContext left = context();
            assertThat(resolver.invoke(left, call[0], call[1], null, (Object[]) call[2])).isNull();
            assertThat(left.isPropertyResolved()).as("%s.%s", call[0].getClass().getSimpleName(), call[1]).isFalse();
        }

        ELContext otherTypes = context();
        assertThat(resolver.invoke(otherTypes, words, "of", new Class<?>[] {Integer.class}, new Object[] {1})).isNull();
        assertThat(otherTypes.isPropertyResolved()).isFalse();
    }

    @Test
    void aMethodThatThrowsIsReportedAsTheStandardResolverReportsIt() {
        assertThatThrownBy(() -> new MethodCallELResolver().invoke(context(), new Words(), "fails", null,
                new Object[] {"no such case"})).isInstanceOf(ELException.class)
                .cause().isInstanceOf(IllegalStateException.class).hasMessage("no such case");
    }

    private ELContext context() {
        return new StandardELContext(factory);
    }
}
