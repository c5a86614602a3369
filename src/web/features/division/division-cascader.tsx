import { useQueryClient } from '@tanstack/react-query';
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import type { Division } from '../../../shared/schemas/division.schema';
import { divisionChildrenQuery, divisionRootQuery } from './division.api';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

const toOption = (division: Division): Option => ({
  value: division.code,
  label: division.name,
  isLeaf: division.childCount === 0,
});

interface DivisionCascaderProps {
  /** The path of codes chosen, top level first. */
  value?: string[];
  onChange?: (path: string[]) => void;
  placeholder?: string;
  id?: string;
  status?: 'error' | 'warning';
  'data-testid'?: string;
}

/**
 * The public place picker: county → township → village, one column per level, each loaded
 * from GET /api/v1/divisions?parent= when opened. The city itself is implied (the portal is
 * the city's), so the first column lists its counties. Any level may be chosen: not everyone
 * knows their village.
 */
export function DivisionCascader({ value, onChange, placeholder, id, status, ...rest }: DivisionCascaderProps) {
  const queryClient = useQueryClient();
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let live = true;
    void queryClient
      .fetchQuery(divisionRootQuery)
      .then(async (roots) => {
        const [only] = roots;
        if (roots.length === 1 && only && only.childCount > 0) {
          return queryClient.fetchQuery(divisionChildrenQuery(only.code));
        }
        return roots;
      })
      .then(
        (top) => {
          if (live) setOptions(top.map(toOption));
        },
        () => {},
      );
    return () => {
      live = false;
    };
  }, [queryClient]);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const children = await queryClient.fetchQuery(divisionChildrenQuery(target.value));
    // The Cascader reads the tree it was given: attach the children and hand it a new root array.
    target.children = children.map(toOption);
    if (children.length === 0) target.isLeaf = true;
    setOptions((current) => [...current]);
  };

  return (
    <Cascader<Option>
      {...rest}
      id={id}
      status={status}
      options={options}
      loadData={loadData}
      changeOnSelect
      value={value}
      onChange={(path) => onChange?.((path ?? []).map(String))}
      placeholder={placeholder}
      style={{ width: '100%' }}
      classNames={{ popup: { root: 'division-cascader-popup' } }}
      expandTrigger="click"
    />
  );
}
