import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Division } from '../../../shared/schemas/division.schema';
import { divisionChildrenQuery, divisionDetailQuery } from './division.api';

interface DivisionPickerProps {
  /** The top of the tree: the user's own scope. */
  rootCode: string;
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** The name of `value`, for a value whose branch is not loaded yet (an account's current scope). */
  valueLabel?: string;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: React.CSSProperties;
  'data-testid'?: string;
  'aria-label'?: string;
}

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

function toNode(division: Division, parent: string | null): Node {
  return {
    id: division.code,
    pId: parent,
    value: division.code,
    title: division.name,
    isLeaf: division.childCount === 0,
  };
}

/** Picks a division from a tree loaded level by level (?parent=), rooted at `rootCode`. */
export function DivisionPicker({ rootCode, value, onChange, valueLabel, placeholder, ...rest }: DivisionPickerProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<Node[]>([]);
  // Controlled, because the tree arrives after the first render and a default would be ignored.
  const [expanded, setExpanded] = useState<(string | number)[]>([rootCode]);

  useEffect(() => {
    let live = true;
    // The root opens expanded, so its children come with it.
    void Promise.all([
      queryClient.fetchQuery(divisionDetailQuery(rootCode)),
      queryClient.fetchQuery(divisionChildrenQuery(rootCode)),
    ]).then(
      ([root, children]) => {
        if (live) setNodes([toNode(root, null), ...children.map((child) => toNode(child, root.code))]);
      },
      () => {},
    );
    setExpanded([rootCode]);
    return () => {
      live = false;
    };
  }, [rootCode, queryClient]);

  const loadData = async (node: { value?: string | number | null }) => {
    const code = String(node.value);
    const children = await queryClient.fetchQuery(divisionChildrenQuery(code));
    setNodes((current) => {
      const known = new Set(current.map((n) => n.id));
      return [...current, ...children.filter((c) => !known.has(c.code)).map((c) => toNode(c, code))];
    });
  };

  const label = value ? (nodes.find((n) => n.value === value)?.title ?? valueLabel ?? value) : undefined;
  return (
    <TreeSelect
      {...rest}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(next: { value: string; label?: unknown } | undefined) => onChange?.(next?.value)}
      placeholder={placeholder ?? t('division.picker')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeExpandedKeys={expanded}
      onTreeExpand={setExpanded}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', minWidth: 280 } } }}
    />
  );
}
