"""Analysis over a built graph: model lineage, co-authorship, and namesake checks.

Every function takes a networkx MultiDiGraph as ``kg.model.Graph.to_networkx()`` gives it, graph first,
and never changes it.
"""
