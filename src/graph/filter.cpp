#include "graph/filter.hpp"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/undirected_graph.hpp>
#include <map>
#include <queue>
#include <sstream>
#include <unordered_map>

#include "text/utf8.hpp"

namespace newskg {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The kept part of g as an undirected graph over vertex indices, for BFS and components.
Undirected undirected(const Graph& g, const std::vector<bool>& vkeep, const std::vector<bool>& ekeep,
                      const std::vector<Edge>& edges) {
  Undirected u(boost::num_vertices(g));
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (!ekeep[i]) continue;
    const auto s = boost::source(edges[i], g), t = boost::target(edges[i], g);
    if (vkeep[s] && vkeep[t]) boost::add_edge(s, t, u);
  }
  return u;
}

}  // namespace

Result<std::vector<RelationType>> parse_relations(const std::string& list) {
  std::vector<RelationType> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (item.empty()) continue;
    auto r = relation_type_from(item);
    if (!r)
      return make_error(ErrorKind::Usage, "unknown relation '" + item + "' (metWith, accused, sanctioned, captured)");
    out.push_back(*r);
  }
  return out;
}

Result<KnowledgeGraph> filter_graph(const KnowledgeGraph& kg, const GraphFilter& f) {
  const Graph& g = kg.graph();
  const std::size_t n = boost::num_vertices(g);
  std::vector<Edge> edges(boost::edges(g).first, boost::edges(g).second);
  std::vector<bool> vkeep(n, true), ekeep(edges.size(), true);

  for (std::size_t i = 0; i < edges.size(); ++i) {
    const RelationEdge& r = g[edges[i]];
    if (!f.relations.empty() && std::find(f.relations.begin(), f.relations.end(), r.type) == f.relations.end())
      ekeep[i] = false;
    if (f.asserted_only && r.modality != Modality::Asserted) ekeep[i] = false;
  }
  if (f.min_mentions > 0)
    for (std::size_t v = 0; v < n; ++v) vkeep[v] = vkeep[v] && g[v].mentions >= f.min_mentions;

  if (!f.focus.empty()) {
    const std::string want = utf8::lower(f.focus);
    std::vector<std::size_t> starts;
    for (std::size_t v = 0; v < n; ++v) {
      bool hit = utf8::lower(g[v].name) == want;
      for (const auto& a : g[v].aliases) hit = hit || utf8::lower(a) == want;
      if (hit && vkeep[v]) starts.push_back(v);
    }
    if (starts.empty()) return make_error(ErrorKind::Usage, "--focus: no entity is named '" + f.focus + "'");
    const Undirected u = undirected(g, vkeep, ekeep, edges);
    std::vector<int> dist(n, -1);
    std::queue<std::size_t> q;
    for (auto s : starts) {
      dist[s] = 0;
      q.push(s);
    }
    while (!q.empty()) {  // breadth-first, up to depth
      const auto v = q.front();
      q.pop();
      if (dist[v] >= f.depth) continue;
      for (auto [ai, ae] = boost::adjacent_vertices(v, u); ai != ae; ++ai) {
        if (dist[*ai] < 0) {
          dist[*ai] = dist[v] + 1;
          q.push(*ai);
        }
      }
    }
    for (std::size_t v = 0; v < n; ++v) vkeep[v] = vkeep[v] && dist[v] >= 0;
  }

  if (f.component > 0) {
    const Undirected u = undirected(g, vkeep, ekeep, edges);
    std::vector<int> comp(n);
    boost::connected_components(u, comp.data());
    std::vector<std::pair<std::size_t, int>> sizes;  // (size, id) over kept vertices
    std::map<int, std::size_t> size_of;
    for (std::size_t v = 0; v < n; ++v)
      if (vkeep[v]) ++size_of[comp[v]];
    for (auto [c, s] : size_of) sizes.emplace_back(s, c);
    std::stable_sort(sizes.begin(), sizes.end(), [](auto& a, auto& b) { return a.first > b.first; });

    if (f.component > static_cast<int>(sizes.size())) {
      return make_error(ErrorKind::Usage, "--component " + std::to_string(f.component) + ": the graph has only " +
                                              std::to_string(sizes.size()) + " component(s)");
    }
    const int keep = sizes[static_cast<std::size_t>(f.component - 1)].second;
    for (std::size_t v = 0; v < n; ++v) vkeep[v] = vkeep[v] && comp[v] == keep;
  }

  auto degrees = [&]() {  // relation mentions per kept entity, among kept entities
    std::vector<std::size_t> d(n, 0);
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const auto s = boost::source(edges[i], g), t = boost::target(edges[i], g);
      if (ekeep[i] && vkeep[s] && vkeep[t]) ++d[s], ++d[t];
    }
    return d;
  };
  if (f.top > 0) {
    const auto deg = degrees();
    std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (degree, vertex)
    for (std::size_t v = 0; v < n; ++v)
      if (vkeep[v]) ranked.emplace_back(deg[v], v);
    std::stable_sort(ranked.begin(), ranked.end(), [&](auto& a, auto& b) {
      return a.first != b.first ? a.first > b.first : g[a.second].key < g[b.second].key;
    });
    std::vector<bool> top(n, false);
    for (std::size_t i = 0; i < ranked.size() && i < static_cast<std::size_t>(f.top); ++i) top[ranked[i].second] = true;
    vkeep = top;
  }
  if (f.drop_isolated) {
    const auto deg = degrees();
    for (std::size_t v = 0; v < n; ++v) vkeep[v] = vkeep[v] && deg[v] > 0;
  }
  std::unordered_map<const RelationEdge*, bool> edge_kept;  // bundled properties have stable addresses
  for (std::size_t i = 0; i < edges.size(); ++i) edge_kept[&g[edges[i]]] = ekeep[i];
  return kg.subgraph(vkeep, [&](const Edge& e) { return edge_kept[&g[e]]; });
}

}  // namespace newskg
