// `newskg load` against a live, private Virtuoso (scripts/virtuoso): counts, questions,
// idempotent replace, append, and clear errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "export/raptor.hpp"
#include "support.hpp"

using namespace newskg;
using test::run;
using test::shell_quote;

namespace {

class LiveVirtuoso : public ::testing::Test {
 protected:
  void SetUp() override {
    if (run("command -v virtuoso-t").exit_code != 0) {
      GTEST_SKIP() << "virtuoso-t not installed (scripts/install-deps installs virtuoso-opensource)";
    }
    auto r = run(shell_quote(test::source_dir() + "/scripts/virtuoso") + " start " + shell_quote(dir_.path()));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    http_ = value(r.out, "NEWSKG_VIRTUOSO_HTTP");
    ASSERT_FALSE(http_.empty()) << r.out;
    started_ = true;
  }
  void TearDown() override {
    if (started_) run(shell_quote(test::source_dir() + "/scripts/virtuoso") + " stop " + shell_quote(dir_.path()));
  }

  static std::string value(const std::string& env, const std::string& key) {
    const auto p = env.find(key + "=");
    if (p == std::string::npos) return {};
    const auto e = env.find('\n', p);
    return env.substr(p + key.size() + 1, e - p - key.size() - 1);
  }

  std::string endpoint() const { return "http://127.0.0.1:" + http_ + "/sparql-graph-crud-auth"; }

  test::RunResult load(const std::string& inputs, const std::string& extra = "", const std::string& password = "dba") {
    return run(shell_quote(test::binary()) + " load --endpoint " + shell_quote(endpoint()) + " --user dba --password " +
               shell_quote(password) + " --graph http://example.org/g " + extra + " " + inputs);
  }

  nlohmann::json sparql(const std::string& query) {
    auto r = run("curl -sS -G " + shell_quote("http://127.0.0.1:" + http_ + "/sparql") +
                 " -H 'Accept: application/sparql-results+json' --data-urlencode " + shell_quote("query=" + query));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    try {
      return nlohmann::json::parse(r.out)["results"]["bindings"];
    } catch (const std::exception& e) {
      ADD_FAILURE() << e.what() << ": " << r.out;
      return nlohmann::json::array();
    }
  }

  long count() {
    auto b = sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }");
    return b.empty() ? -1 : std::stol(b[0]["n"]["value"].get<std::string>());
  }

  std::set<std::string> export_nt(const std::string& inputs) {
    auto r = run(shell_quote(test::binary()) + " extract -f ntriples " + inputs);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto lines = parse_rdf(r.out, "ntriples");
    return lines.ok() ? std::set<std::string>(lines->begin(), lines->end()) : std::set<std::string>{};
  }

  std::string first_input() const {
    return shell_quote(test::have_shared() ? test::shared_dir() + "/eval/seed-article.txt"
                                           : test::source_dir() + "/samples/sample-article.txt");
  }

  test::TempDir dir_;
  std::string http_;
  bool started_ = false;
};

}  // namespace

TEST_F(LiveVirtuoso, LoadCountsQuestionsReplaceAndAppend) {
  const auto expected = export_nt(first_input());
  auto r = load(first_input());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("HTTP 201"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("loaded " + std::to_string(expected.size()) + " triples"), std::string::npos) << r.err;
  EXPECT_EQ(count(), static_cast<long>(expected.size()));

  // who accused whom
  auto acc = sparql(
      "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
      "SELECT ?a ?b WHERE { GRAPH <http://example.org/g> { ?x nkg:accused ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } "
      "}");
  std::set<std::string> accusations;
  for (const auto& row : acc)
    accusations.insert(row["a"]["value"].get<std::string>() + " > " + row["b"]["value"].get<std::string>());
  EXPECT_TRUE(accusations.count("Volodymyr Zelenskyy > Russia")) << acc.dump();
  // every meeting of one person, with its sentence
  auto meet = sparql(
      "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
      "SELECT ?other ?sentence ?modality WHERE { GRAPH <http://example.org/g> { "
      "?e a nkg:Meeting ; nkg:participant ?p , ?o ; nkg:sentence ?sentence ; nkg:modality ?modality . "
      "?p rdfs:label \"Vladimir Putin\" . ?o rdfs:label ?other FILTER(?o != ?p) } }");
  ASSERT_FALSE(meet.empty());
  bool whitkoff = false;
  for (const auto& row : meet) {
    whitkoff |= row["other"]["value"] == "Steve Whitkoff";
    EXPECT_FALSE(row["sentence"]["value"].get<std::string>().empty());
    EXPECT_EQ(row["sentence"]["xml:lang"], "en");
  }
  EXPECT_TRUE(whitkoff) << meet.dump();

  // replace is idempotent
  r = load(first_input());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(), static_cast<long>(expected.size()));

  // append a second document: the store holds both
  test::TempDir d;
  const std::string second = shell_quote(d.file("second.txt", "Chile accused Peru of spying on its navy."));
  r = load(second, "--append");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto both = expected;
  for (const auto& t : export_nt(second)) both.insert(t);
  EXPECT_EQ(count(), static_cast<long>(both.size()));
  EXPECT_GT(both.size(), expected.size());
}

TEST_F(LiveVirtuoso, WrongPasswordAndClosedPortAreClearErrors) {
  auto bad = load(first_input(), "", "not-the-password");
  EXPECT_EQ(bad.exit_code, 7);
  EXPECT_NE(bad.err.find("401"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("authentication"), std::string::npos) << bad.err;
  EXPECT_EQ(count(), 0) << "nothing was loaded";

  auto closed =
      run(shell_quote(test::binary()) + " load --retries 1 --endpoint http://127.0.0.1:9/none " + first_input());
  EXPECT_EQ(closed.exit_code, 7);
  EXPECT_NE(closed.err.find("connection refused"), std::string::npos) << closed.err;

  auto forbidden = run(shell_quote(test::binary()) + " load --endpoint " +
                       shell_quote("http://127.0.0.1:" + http_ + "/sparql-graph-crud") + " " + first_input());
  EXPECT_EQ(forbidden.exit_code, 7);
  EXPECT_NE(forbidden.err.find("HTTP 40"), std::string::npos) << forbidden.err;
}

TEST_F(LiveVirtuoso, SafeReplaceMovesAStagedGraphOverTheTarget) {
  const auto expected = export_nt(first_input());
  const std::string update = "--update-endpoint " + shell_quote("http://127.0.0.1:" + http_ + "/sparql-auth");
  test::TempDir d;
  const std::string other = shell_quote(d.file("other.txt", "Chile accused Peru of spying on its navy."));
  ASSERT_EQ(load(other).exit_code, 0);
  auto r = load(first_input(), update);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(), static_cast<long>(expected.size())) << "the old graph was replaced whole";
  auto graphs = sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'newskg-load')) }");
  EXPECT_TRUE(graphs.empty()) << "no staged graph is left: " << graphs.dump();
  // a staged load that fails (wrong password) leaves the graph as it was
  auto bad = load(other, update, "not-the-password");
  EXPECT_EQ(bad.exit_code, 7);
  EXPECT_EQ(count(), static_cast<long>(expected.size()));
}

TEST(LoadOptions, CredentialsInTheUrlAreNeverEchoedAndTheGraphMustBeAnIri) {
  const std::string input = shell_quote(test::source_dir() + "/samples/sample-article.txt");
  auto r =
      run(shell_quote(test::binary()) + " load --retries 0 --endpoint http://someone:s3cr3t@127.0.0.1:9/none " + input);
  EXPECT_EQ(r.exit_code, 7);
  EXPECT_EQ(r.err.find("s3cr3t"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("http://***@127.0.0.1:9/none"), std::string::npos) << r.err;
  auto g = run(shell_quote(test::binary()) + " load --endpoint http://127.0.0.1:9/none --graph 'not an iri' " + input);
  EXPECT_EQ(g.exit_code, 2);
  EXPECT_NE(g.err.find("--graph must be an absolute IRI"), std::string::npos) << g.err;
}
