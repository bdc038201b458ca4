package org.imrengine.rules;

import java.util.List;

/**
 * The rule-file syntax, bound by Jackson before {@link RuleCompiler} checks it and builds the
 * domain types. Every field may be missing here; the compiler reports what is required.
 */
final class Documents {
  private Documents() {}

  record IndexDocument(String version, List<String> files, List<String> facts, String drugs, String formulary,
      java.util.Map<String, String> vocabulary) {}

  record FileDocument(SourceDocument source, EditionDocument edition, List<IncludeDocument> includes,
      List<CriterionDocument> shared, List<RuleDocument> rules) {}

  record IncludeDocument(String file, String as) {}

  record SourceDocument(String guideline, String chapter, String topic) {}

  record EditionDocument(String name, String from, String to, String judgedOn) {}

  record RuleDocument(String id, String title, AppliesToDocument appliesTo,
      CitationDocument citation, List<CitationDocument> nonMtus, String basis, String summary,
      CriterionDocument criteria, List<LimitDocument> limits) {}

  record AppliesToDocument(String service, List<String> also, List<String> regions,
      List<String> covers, CriterionDocument when) {}

  record CitationDocument(String guideline, String chapter, String topic, String section,
      String pages, String editionDate) {}

  record CriterionDocument(String id, String text, String advice, String basis, Boolean unconfirmed,
      List<CriterionDocument> all, List<CriterionDocument> any, CriterionDocument not,
      AtLeastDocument atLeast, String present, String absent, String notPresent, String fact,
      Long min, Long max, Long above, Long below, String ref, Boolean notRecommended) {}

  record AtLeastDocument(Integer count, List<CriterionDocument> of) {}

  record LimitDocument(String id, String text, String advice, String basis, Boolean unconfirmed,
      String fact, Long max, List<DiagnosisLimitDocument> byDiagnosis, Boolean requireStated,
      String given) {}

  record DiagnosisLimitDocument(String group, List<String> categories, Long max, Integer weeks) {}
}
