// Generated from schemas/ by scripts/lib/validate/case-types.ts (npm run build:validate -- --write) — do not edit.
/* eslint-disable */
/**
 * 与民警的关系，只能是第三十二条所列的七种近亲属之一；祖父母、外祖父母、岳父母、公婆、堂表兄弟姐妹等均不属于本办法所称近亲属。
 */
export type NearRelative = "夫" | "妻" | "父" | "母" | "子" | "女" | "同胞兄弟姊妹";
/**
 * 按第二十一条至第二十四条（须同时具备全部条件）或第二十五条（具备任一情形即可）提出的免责主张。
 */
export type ExemptionClaim =
  | {
      article: "art_21";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十一条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十一条所列项的条款标识（eId）。
         */
        item: "art_21__item_1" | "art_21__item_2" | "art_21__item_3";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_22";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十二条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十二条所列项的条款标识（eId）。
         */
        item: "art_22__item_1" | "art_22__item_2" | "art_22__item_3";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_23";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十三条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十三条所列项的条款标识（eId）。
         */
        item: "art_23__item_1" | "art_23__item_2" | "art_23__item_3" | "art_23__item_4";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_24";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十四条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十四条所列项的条款标识（eId）。
         */
        item: "art_24__item_1" | "art_24__item_2" | "art_24__item_3" | "art_24__item_4";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_25";
      /**
       * 第二十五条所列的情形，每项写明所依据的事实。
       *
       * @minItems 1
       *
       * Items: 一项免责情形及其事实依据。
       */
      grounds: {
        /**
         * 第二十五条所列项的条款标识（eId）。
         */
        item:
          | "art_25__item_1"
          | "art_25__item_2"
          | "art_25__item_3"
          | "art_25__item_4"
          | "art_25__item_5"
          | "art_25__item_6"
          | "art_25__item_7"
          | "art_25__item_8"
          | "art_25__item_9";
        /**
         * 认定该情形所依据的事实与证据。
         */
        fact: string;
      }[];
    };
/**
 * 处分由轻到重：警告、记过、记大过、降级、撤职、开除；辞退为处理。记大过以上处分或辞退，民警有异议并申诉的，由维权委复核（第二十七条）。
 */
export type SanctionMeasure = "警告" | "记过" | "记大过" | "降级" | "撤职" | "开除" | "辞退";

/**
 * 维权办为每起维护公安民警执法权威案（事）件保存的一份数据文件（JSON）。用 npm run validate 检查；错误和办理要求均注明依据条款。
 */
export interface Case {
  /**
   * 指向本架构文件（相对路径或地址），使编辑器提供补全和悬停说明；校验命令不依赖此项。
   */
  $schema?: string;
  /**
   * 本单位内唯一的案件编号，如“呼公维〔2026〕7号”或“HHHT-2026-007”。
   */
  id: string;
  /**
   * 其维权办承办本案的公安机关。
   */
  unit: {
    /**
     * 公安机关全称，如“呼和浩特市公安局”。
     */
    name: string;
    /**
     * 公安机关的层级：决定是否须向公安厅维权办逐级报告（第十七条）。
     */
    level: "自治区" | "盟市" | "旗县";
  };
  /**
   * 案件是依申请启动，还是维权办发现线索后主动启动（第十五条）。
   */
  opened: {
    /**
     * 依申请或主动启动。
     */
    by: "申请" | "主动启动";
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 主动启动时，维权办发现的线索及来源。
     */
    lead?: string;
  };
  /**
   * 提出维护执法权威申请的人或单位（第十五条）；依申请启动时必填。
   */
  applicant?: {
    /**
     * 民警本人、其近亲属或民警所在单位。
     */
    kind: "本人" | "近亲属" | "所在单位";
    /**
     * 申请人姓名；单位申请时填经办人姓名。
     */
    name: string;
    relation?: NearRelative;
    /**
     * 申请人是民警所在单位时，单位的名称。
     */
    unitName?: string;
    /**
     * 申请人的联系电话。
     */
    phone?: string;
  };
  officer: Officer;
  /**
   * 侵害事件的时间、地点和经过。
   */
  incident: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 侵害发生的地点。
     */
    place: string;
    /**
     * 事件经过的简要概述。
     */
    summary: string;
    /**
     * 是否有网上侵权、负面舆情、网上炒作、造谣中伤等情况：为 true 时网安部门应参与（第七条第（八）项）。
     */
    online?: boolean;
    /**
     * 是否有新闻媒体恶意炒作或失实报道：为 true 时新闻宣传部门应参与（第七条第（三）项、第十二条）。
     */
    media?: boolean;
  };
  /**
   * 本案属于第八条所列的哪些情形，至少一项。
   *
   * @minItems 1
   */
  circumstances: Circumstance[];
  /**
   * 受到侵害的民警本人及其近亲属（第八条、第十一条、第三十二条），至少一人。
   *
   * @minItems 1
   *
   * Items: 一名受害人。
   */
  victims: {
    /**
     * 受害人的姓名。
     */
    name: string;
    /**
     * 民警本人或其近亲属。
     */
    kind: "民警本人" | "近亲属";
    relation?: NearRelative;
  }[];
  /**
   * 办理本案的人员；受害民警本人及其近亲属应当回避，不得办理本案（第十条）。
   *
   * Items: 一名办案人员。
   */
  handlers: {
    /**
     * 办案人员的姓名。
     */
    name: string;
    /**
     * 在本案中承担的职责，如“主办”“协办”“审核”。
     */
    role: string;
    /**
     * 该办案人员是否是本案的受害人。
     */
    isVictim?: boolean;
    /**
     * 该办案人员与受害人的关系（如有），如“妻”“同事”；是近亲属的，应当回避。
     */
    relationToVictim?: string;
  }[];
  /**
   * 侵害造成的人身伤亡和财产损失。
   */
  harm?: {
    /**
     * 民警是否受伤（第十七条第（一）项：造成民警伤亡的须逐级报告）。
     */
    injured: boolean;
    /**
     * 民警是否死亡（第十七条第（一）项）。
     */
    killed: boolean;
    /**
     * 伤情概述，如“左臂骨折，轻伤二级”。
     */
    injuries?: string;
    /**
     * 民警因侵害遭受的财产损失金额，单位元（第九条）。
     */
    propertyLoss?: number;
  };
  /**
   * 第十七条规定须逐级向公安厅维权办报告的事实，以及已经作出的报告（第二十九条第（一）项：重大案事件第一时间报告）。
   */
  escalation?: {
    /**
     * 逐项填写第十七条所列事实是否存在。
     */
    facts: {
      /**
       * 造成民警伤亡的案（事）件；
       */
      casualties: boolean;
      /**
       * 公安机关被打砸冲击和因执法办案形成群体性事件等影响较大的案件；
       */
      organAttackedOrMassIncident: boolean;
      /**
       * 跨区域的公安民警执法权威被侵害案（事）件；
       */
      crossRegion: boolean;
      /**
       * 盟市、旗县公安机关维权办认为需要向公安厅维权办上报处理的案（事）件。
       */
      officeDecided: boolean;
    };
    /**
     * 已经作出的报告，按时间顺序。
     *
     * Items: 一次报告。
     */
    reports?: {
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      date: string;
      /**
       * 作出报告的维权办，如“土默特左旗公安局维权办”。
       */
      from: string;
      /**
       * 接收报告的维权办，如“呼和浩特市公安局维权办”“公安厅维权办”。
       */
      to: string;
      /**
       * 报告内容摘要。
       */
      summary?: string;
    }[];
  };
  /**
   * 案件立案、调查、处理的全程跟踪记录，按时间顺序，至少有一条立案记录（第二十九条第（六）项）。
   *
   * @minItems 1
   *
   * Items: 一条台账记录。
   */
  ledger: {
    /**
     * 记录所处的阶段：立案、调查、处理依次进行。
     */
    stage: "立案" | "调查" | "处理";
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 该阶段工作的简要记录。
     */
    note?: string;
  }[];
  /**
   * 办案中发现民警本人存在违法违纪问题时，向相关部门移送的记录（第十六条）。
   */
  misconductTransfer?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 接收移送的部门，如“纪检监察部门”。
     */
    to: string;
    /**
     * 所移送问题的概述。
     */
    summary: string;
  };
  /**
   * 为民警提出的免责主张（第二十一条至第二十五条），每项主张逐条写明条件及事实。
   */
  exemptionClaims?: ExemptionClaim[];
  /**
   * 对民警作出的执法过错责任追究决定（第十八条至第二十条）。
   */
  liabilityDecisions?: LiabilityDecision[];
  /**
   * 民警因履职受到的处分或处理，以及申诉复核情况（第二十七条）。
   *
   * Items: 一项处分或处理。
   */
  sanctions?: {
    /**
     * 处分、处理决定的文号或编号。
     */
    id: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 作出处分、处理决定的部门。
     */
    decidedBy: string;
    measure: SanctionMeasure;
    /**
     * 民警有异议并提出申诉后的复核情况；不得因申诉加重处分、处理（第二十七条）。
     */
    appeal?: {
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      date: string;
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      reviewedOn?: string;
      /**
       * 维权委的复核结论。
       */
      outcome?: "维持" | "不当";
      revisedMeasure?: SanctionMeasure;
      /**
       * 维权委复核意见的要点。
       */
      opinion?: string;
    };
  }[];
  /**
   * 民警受到内部不公正处分、处理，经核查属实后，警务督察部门督促相关部门限期纠正的记录（第二十八条）。
   *
   * Items: 一次督促纠正。
   */
  corrections?: {
    /**
     * 督促限期纠正通知的文号或编号。
     */
    id: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    orderedOn: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    deadline: string;
    /**
     * 被督促纠正的部门。
     */
    department: string;
    /**
     * 需要纠正的处分、处理事项。
     */
    matter: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    correctedOn?: string;
  }[];
  /**
   * 检举控告民警的案（事）件经核查证实属诬告、陷害、诽谤的正名工作（第二十九条第（五）项）。
   */
  nameClearing?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    complaintReceivedOn: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    provedOn?: string;
    /**
     * 核查认定的性质。
     */
    finding: "诬告" | "陷害" | "诽谤";
    /**
     * 《正名通知书》公开澄清事实的范围，如“呼和浩特市公安局全局”。
     */
    scope?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    noticeIssuedOn?: string;
    /**
     * 侵权违法行为人被移交追究责任的部门。
     */
    infringerTransferredTo?: string;
  };
}
/**
 * 执法权威受到侵犯、由本案维护的人员：人员类别决定本办法是遵照还是参照适用（第三条、第三十三条），非工作时间的案件须具备第三十一条所列事实。
 */
export interface Officer {
  /**
   * 受保护人员的姓名。
   */
  name: string;
  /**
   * 民警的警号；警务辅助人员、学员可填工号或学号，没有时省略。
   */
  policeNumber?: string;
  /**
   * 受保护人员的身份类别：民警直接适用本办法；警务辅助人员、公安院校派遣学员遵照执行；其他公安机关工作人员参照执行。
   */
  role: "民警" | "警务辅助人员" | "公安院校学员" | "其他公安机关工作人员";
  /**
   * 受保护人员所在的单位，如“赛罕区公安分局巡警大队”。
   */
  unit: string;
  /**
   * 职务或岗位，如“副大队长”“社区民警”。
   */
  position?: string;
  /**
   * 侵害发生时是否在工作时间内依法履职；为 false 时须填写“非工作时间情形”，并具备第三十一条所列的全部事实。
   */
  onDuty: boolean;
  /**
   * 非工作时间受到不法侵害时，第三十一条要求同时具备的三项事实，每项填 true 或 false。
   */
  offDuty?: {
    /**
     * 侵害发生前，民警是否遇到属于其职责范围的紧急情形。
     */
    emergencyWithinDuty: boolean;
    /**
     * 民警是否已向现场人员表明公安民警身份。
     */
    identifiedSelf: boolean;
    /**
     * 不法侵害是否发生在民警根据现场情况进行先期处置的过程中。
     */
    harmDuringFirstResponse: boolean;
  };
}
/**
 * 民警遇到的侵害情形，取第八条第（一）至（十）项之一；第（十）项“其他情形”须写明具体情况。
 */
export interface Circumstance {
  /**
   * 第八条所列项的条款标识（eId），如 art_8__item_1。
   */
  item:
    | "art_8__item_1"
    | "art_8__item_2"
    | "art_8__item_3"
    | "art_8__item_4"
    | "art_8__item_5"
    | "art_8__item_6"
    | "art_8__item_7"
    | "art_8__item_8"
    | "art_8__item_9"
    | "art_8__item_10";
  /**
   * 对情形的具体说明；选第八条第（十）项（其他情形）时必填，其余项可选。
   */
  description?: string;
}
/**
 * 对民警作出的执法过错责任追究决定：追责理由、过错程度与处理方式（第十八条至第二十条）。
 */
export interface LiabilityDecision {
  /**
   * 决定的文号或编号。
   */
  id: string;
  /**
   * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
   */
  date: string;
  /**
   * 作出决定的机关或部门。
   */
  decidedBy: string;
  /**
   * 决定所依据的理由，每项一句；不得以第十八条所列的领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定等为由追究民警责任。
   *
   * @minItems 1
   *
   * Items: 一项追责理由。
   */
  grounds: string[];
  /**
   * 按第十九条、第二十条认定的过错程度，决定可以或应当采取的处理方式。
   */
  fault: "故意或严重" | "轻微过失" | "执法瑕疵" | "紧急情形误判" | "主动纠正";
  /**
   * 决定对民警采取的处理方式。
   */
  treatment: "从严" | "从轻" | "减轻" | "免除" | "不予减免";
}

/**
 * 一个公安机关的维权委、维权办、聘请律师和公文版头等设置，供校验与公文生成使用。
 */
export interface Unit {
  /**
   * 指向本架构文件（相对路径或地址），使编辑器提供补全和悬停说明。
   */
  $schema?: string;
  /**
   * 公安机关全称，如“呼和浩特市公安局”。
   */
  name: string;
  /**
   * 公安机关的层级：决定是否须向公安厅维权办逐级报告（第十七条）。
   */
  level: "自治区" | "盟市" | "旗县";
  /**
   * 机关简称，如“呼公”。
   */
  shortName?: string;
  /**
   * 维权文书发文字号的机关代字，如“呼公维字”，打印为“呼公维字〔2026〕3号”。
   */
  documentPrefix: string;
  /**
   * 上行文（向公安厅维权办的逐级报告）版头所列签发人的姓名，一般为本机关负责人。未填写时签发人处留空，由经办人填写；生成公文时也可用 --signer 指定。
   */
  signer?: string;
  /**
   * 维权办印章上的文字，如“呼和浩特市公安局维护公安民警执法权威工作委员会办公室”。
   */
  sealText: string;
  /**
   * 公文版头红色发文机关标志的文字。
   */
  issuerMark: string;
  /**
   * 维护公安民警执法权威工作委员会的组成（第五条）。
   */
  committee: {
    /**
     * 维权委主任，由督察长担任。
     */
    director: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 主任的职务。
       */
      post: "督察长";
    };
    /**
     * 维权委副主任，由副督察长和政工部门负责人担任。
     *
     * @minItems 1
     *
     * Items: 一名副主任。
     */
    deputies: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 副主任的职务。
       */
      post: "副督察长" | "政工部门负责人";
    }[];
    /**
     * 维权委成员，由第五条所列部门的负责人担任。
     *
     * @minItems 1
     *
     * Items: 一名成员。
     */
    members: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 成员所在的部门。
       */
      department:
        "警务督察" | "法制" | "指挥中心" | "警务保障" | "人事" | "教育训练" | "新闻宣传" | "警察协会" | "执法办案部门";
    }[];
  };
  /**
   * 维权委办公室，设在警务督察部门，主任由督察部门主要领导兼任（第六条）。
   */
  office: {
    /**
     * 维权办主任姓名。
     */
    director: string;
    /**
     * 维权办所在的部门，如“警务督察支队”。
     */
    department: string;
  };
  /**
   * 本机关聘请的律师，不少于 2 人（第二十六条第二款）。
   *
   * @minItems 2
   *
   * Items: 一名聘请的律师。
   */
  lawyers: {
    /**
     * 律师姓名。
     */
    name: string;
    /**
     * 律师所在的律师事务所。
     */
    firm?: string;
  }[];
  /**
   * 机关地址，用于公文落款。
   */
  address?: string;
  /**
   * 维权办联系电话，用于公文落款。
   */
  phone?: string;
}
