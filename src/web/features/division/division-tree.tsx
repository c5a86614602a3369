import { useQueryClient } from '@tanstack/react-query';
import { Spin, Tree, type TreeDataNode } from 'antd';
import { type Key, useEffect, useState } from 'react';
import type { Division } from '../../../shared/schemas/division.schema';
import { divisionChildrenQuery } from './division.api';

interface DivisionTreeProps {
  roots: Division[];
  selectedCode: string | null;
  onSelect: (code: string) => void;
}

function toNodes(divisions: Division[], childrenOf: Record<string, Division[]>): TreeDataNode[] {
  return divisions.map((division) => {
    const children = childrenOf[division.code];
    return {
      key: division.code,
      title: division.name,
      isLeaf: division.childCount === 0,
      children: children ? toNodes(children, childrenOf) : undefined,
    };
  });
}

/** A lazily loaded tree: each level is fetched with ?parent= when it is first expanded. */
export function DivisionTree({ roots, selectedCode, onSelect }: DivisionTreeProps) {
  const queryClient = useQueryClient();
  const [childrenOf, setChildrenOf] = useState<Record<string, Division[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<Key[]>(() => roots.map((root) => root.code));

  const loadChildren = async (code: string) => {
    const children = await queryClient.fetchQuery(divisionChildrenQuery(code));
    setChildrenOf((current) => ({ ...current, [code]: children }));
  };

  // The roots start expanded, so their children are wanted at once.
  useEffect(() => {
    for (const root of roots) {
      if (root.childCount === 0) continue;
      void queryClient.fetchQuery(divisionChildrenQuery(root.code)).then(
        (children) => {
          setChildrenOf((current) => ({ ...current, [root.code]: children }));
        },
        () => {},
      );
    }
  }, [roots, queryClient]);

  if (roots.length === 0) return <Spin />;
  return (
    <Tree
      showLine
      blockNode
      treeData={toNodes(roots, childrenOf)}
      loadData={(node) => loadChildren(String(node.key))}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys)}
      selectedKeys={selectedCode ? [selectedCode] : []}
      onSelect={(keys) => {
        const [key] = keys;
        if (key !== undefined) onSelect(String(key));
      }}
      style={{ maxHeight: 560, overflow: 'auto' }}
    />
  );
}
