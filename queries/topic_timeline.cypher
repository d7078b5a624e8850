// name: topic_timeline
// description: Papers per topic per year (papers without a year are left out).
MATCH (p:Paper)-[:HAS_TOPIC]->(t:Topic)
WHERE p.year IS NOT NULL
RETURN t.name AS topic, p.year AS year, count(DISTINCT p) AS papers
ORDER BY topic, year
