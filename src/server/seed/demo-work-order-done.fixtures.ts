import type { DemoMatter } from './demo-work-order.fixtures';
import { guanyinge, jincheng, jiyang, nianlipu, shiqiao, yutun } from './demo-work-order.places';

/** The demo matters resolved or closed when the seed ends (see demo-work-order.fixtures). */
export const doneDemoMatters: readonly DemoMatter[] = [
  // ── Resolved, waiting for the citizen's rating ──────────────────────────────────────────
  {
    key: 'loan-without-iou',
    kind: 'consultation',
    legalDomain: 'debt',
    channel: 'hotline',
    township: jiyang,
    description:
      '来电人2021年通过微信转账借给前同事3万元，没写借条，只有聊天记录。对方一直说手头紧，来电人现在想起诉，担心过了诉讼时效、证据不够。',
    at: [4, '11:02'],
    steps: [
      { at: [4, '13:50'], do: 'dispatch', to: 'lawyer' },
      { at: [4, '15:10'], do: 'accept' },
      {
        at: [2, '16:20'],
        do: 'resolve',
        result:
          '已电话回复：民间借贷的诉讼时效为三年，没有约定还款期限的，自催要时给对方的合理宽限期届满之日起计算；对方在微信中承认欠款、承诺还款的，时效重新起算。微信转账记录加上承认借款的聊天记录可以证明借贷关系。建议先书面催款并保存记录，仍不还款的可以向任城区人民法院起诉，标的额较小的可以适用小额诉讼程序。',
      },
    ],
    expect: { status: 'resolved' },
  },
  {
    key: 'homestead-boundary-mediation',
    kind: 'mediation',
    legalDomain: 'real_estate',
    channel: 'window',
    township: yutun,
    citizen: 'male',
    description:
      '申请人与弟弟两家宅基地相邻，弟弟翻建院墙时向申请人一侧多占了约半米，双方多次争吵，关系紧张。申请人希望通过调解解决，不想伤了兄弟感情。',
    at: [10, '09:40'],
    steps: [
      { at: [10, '11:20'], do: 'dispatch', to: 'lawyer' },
      { at: [9, '09:10'], do: 'accept' },
      { at: [9, '10:00'], do: 'start' },
      {
        at: [6, '16:00'],
        do: 'note',
        by: 'lawyer',
        reason: '已实地查看两家宅基地四至，并从村委会调取了1998年的宅基地登记资料。',
      },
      {
        at: [1, '11:30'],
        do: 'resolve',
        result:
          '经两次调解，双方依据1998年宅基地登记资料确认界址，以原院墙东侧30厘米为界，由弟弟拆除超出部分的围墙，哥哥补偿拆墙费用2000元。双方已签订人民调解协议书，当场履行完毕。',
      },
    ],
    expect: { status: 'resolved' },
  },

  // ── Closed after a good rating ──────────────────────────────────────────────────────────
  {
    key: 'truck-collision-aid',
    kind: 'legal_aid',
    legalDomain: 'traffic_accident',
    channel: 'window',
    township: shiqiao,
    withIdNumber: true,
    description:
      '申请人在县道上被一辆货车撞伤，交警认定货车司机负全部责任。司机只垫付了一万元医疗费后就不再露面，保险公司迟迟不理赔。申请人是低保户，申请法律援助。',
    at: [12, '10:15'],
    steps: [
      { at: [12, '14:30'], do: 'dispatch', to: 'lawyer' },
      { at: [11, '09:20'], do: 'accept' },
      { at: [11, '09:25'], do: 'start' },
      {
        at: [7, '17:00'],
        do: 'resolve',
        result:
          '经审查，申请人属于低保对象，免予核查经济状况，已受理法律援助申请并指派本律师承办。已代为起草民事起诉状，向任城区人民法院起诉肇事司机和保险公司，请求赔偿医疗费、误工费、护理费等共计4.2万元，法院已立案。',
      },
      { at: [6, '10:40'], do: 'rate', rating: 5, comment: '孔律师很负责，帮我把材料都准备好了，非常感谢！' },
    ],
    expect: { status: 'closed' },
  },
  {
    key: 'gym-card-refund',
    kind: 'consultation',
    channel: 'web',
    township: jincheng,
    description:
      '在小区附近的健身房办了两年的会员卡，花了3800元，才用了半年健身房就停业装修，说不清什么时候重新开门，要求退费被拒绝。',
    at: [9, '13:25'],
    steps: [
      { at: [9, '15:00'], do: 'dispatch', to: 'lawyer' },
      { at: [8, '09:40'], do: 'accept' },
      {
        at: [6, '10:30'],
        do: 'resolve',
        result:
          '已电话答复：根据《消费者权益保护法》第五十三条，经营者以预收款方式提供服务的，应当按照约定提供；未按约定提供的，应当按照消费者的要求履行约定或者退回预付款，并承担预付款的利息和消费者必须支付的合理费用。建议先书面要求健身房退还剩余会费，协商不成可以拨打12315投诉，或者向人民法院起诉。',
      },
      { at: [5, '12:10'], do: 'rate', rating: 4, comment: '回复及时，建议很实用。' },
    ],
    expect: { status: 'closed' },
  },
  {
    // First sent to a notary office; the dispatcher transfers it to the lawyer.
    key: 'inheritance-transfer',
    kind: 'consultation',
    legalDomain: 'marriage_family',
    channel: 'hotline',
    township: guanyinge,
    citizen: 'female',
    description:
      '来电人的父亲去年去世，留下一套房子和部分存款，没有立遗嘱。哥哥认为妹妹已经出嫁，不该分遗产，想把房子过户到自己名下。来电人想了解遗产怎么分、要不要去公证处办手续。',
    at: [11, '09:05'],
    steps: [
      { at: [11, '10:20'], do: 'dispatch', to: 'notary_office' },
      {
        at: [10, '10:05'],
        do: 'transfer',
        reason:
          '经公证处电话核实，来电人并非办理遗嘱公证，而是兄妹之间对父亲的遗产分割有争议，需要律师解答继承纠纷，改派律师事务所。',
      },
      { at: [10, '11:00'], do: 'accept' },
      {
        at: [8, '15:40'],
        do: 'resolve',
        result:
          '已向来电人解答：父亲生前未立遗嘱的，遗产按法定继承办理，第一顺序继承人为配偶、子女、父母，同一顺序继承人原则上均等分配；出嫁的女儿与儿子享有同等的继承权。建议兄妹先协商分割，协商一致的可以到公证处办理继承公证；协商不成，可以申请人民调解或者向人民法院提起继承诉讼。',
      },
      { at: [7, '10:00'], do: 'rate', rating: 5, comment: '律师讲得很明白，我们兄妹已经商量好了。' },
    ],
    expect: { status: 'closed' },
  },
  {
    // The supervisor approves three more working days; resolved within them.
    key: 'remarriage-house',
    kind: 'consultation',
    legalDomain: 'real_estate',
    channel: 'window',
    township: nianlipu,
    citizen: 'male',
    description:
      '申请人今年63岁，再婚前自己全款买了一套房。现在老伴说婚后在这套房里住了多年，房子应该有她一半。申请人想弄清楚这套房子到底属于谁，以后怎么留给自己的儿子。',
    at: [14, '10:40'],
    steps: [
      { at: [14, '14:20'], do: 'dispatch', to: 'lawyer' },
      { at: [13, '09:30'], do: 'accept' },
      { at: [13, '09:35'], do: 'start' },
      {
        at: [10, '11:00'],
        do: 'request_extension',
        days: 3,
        reason: '需到不动产登记中心调取房屋登记档案，核实房屋是否属于夫妻共同财产后方能答复，申请延期3个工作日。',
      },
      { at: [10, '15:20'], do: 'approve_extension', reason: '同意延期3个工作日，请在延长期限内办结。' },
      {
        at: [7, '16:00'],
        do: 'resolve',
        result:
          '经调取不动产登记档案，该房屋系申请人婚前全款购买，登记在其个人名下，婚后没有共同还贷，属于申请人的个人财产，再婚配偶不享有份额。申请人如担心日后发生纠纷，可以订立遗嘱或者办理遗嘱公证，明确房屋由儿子继承。',
      },
      { at: [6, '09:50'], do: 'rate', rating: 4, comment: '等的时间稍长，但答复很专业。' },
    ],
    expect: { status: 'closed' },
  },
  {
    key: 'fraud-prevention-lecture',
    kind: 'legal_education',
    legalDomain: 'general_consultation',
    channel: 'window',
    township: shiqiao,
    description:
      '村委会工作人员反映，近期村里多名老人接到冒充公检法、“保健品免费领”等诈骗电话，有人已被骗走积蓄。希望派律师到村里开展一次防范电信网络诈骗和养老诈骗的普法宣传。',
    at: [15, '09:30'],
    steps: [
      { at: [15, '10:45'], do: 'dispatch', to: 'lawyer' },
      { at: [15, '14:00'], do: 'accept' },
      { at: [14, '09:00'], do: 'start' },
      {
        at: [9, '17:10'],
        do: 'resolve',
        result:
          '已在村委会大院开展“防范电信网络诈骗和养老诈骗”普法讲座，到场村民约80人，发放宣传资料200余份，现场解答村民咨询12人次，并留下了村（居）法律顾问的联系电话。',
      },
      { at: [8, '10:30'], do: 'rate', rating: 5, comment: '讲得通俗易懂，老人们都说很有用。' },
    ],
    expect: { status: 'closed' },
  },
];
